"""What every case of the office shares: the abstract case, its companions, signs and services.

How a case type plugs in:

1. Subclass `Case` (fields, `objects = CaseManager()` inherited) and set the class attributes
   `TRANSITIONS`, `OPEN_STATUSES`, `AWAITING_APPROVAL`, `JRWA_SETTING`, `search_fields`,
   `case_type_label`; implement `approvable_by(user) -> Q` and `get_absolute_url()`.
2. Subclass the companions `CaseLink`, `CaseEvent`, `CaseAttachment`, `CaseNote`, each with a
   foreign key `case` to the concrete type and the related names "links", "events",
   "attachments", "notes". The shared code finds them through those related names, so no
   registry of companions is needed.
3. List the model in the app's config: `case_types = ["app.models.Model"]`; demo data in
   `demo_case_seeders`. "My work", the navigation counts, search and reminders then include it.

The machinery is tested through a minimal concrete type that exists only in the test settings
(`tests/casetypes`, app label `testcases`), so that it does not depend on any real case type.
"""
