"""What every case of the office shares: the abstract case, its companions, signs and services.

How a case type plugs in (see `models` for the fields and class attributes):

1. Subclass `Case` and the companions `CaseLink`, `CaseEvent`, `CaseAttachment`, `CaseNote`
   (each with a foreign key `case` and the related names "links", "events", "attachments",
   "notes"); list the model in the app config's `case_types`.
2. Pages: include `views.case_urlpatterns(TheCase)` under the type's namespace, or subclass the
   generic views with the type's own templates extending `generic/case_list.html` and
   `generic/case_detail.html`.
3. "My work", the navigation counts, reminders and search then include the type
   (`work.py`, `reminders.py`, `search.py`); nothing shared needs editing.

The machinery is tested through a minimal concrete type that exists only in the test settings
(`tests/casetypes`, the `Dossier`, served under /dossiers/).
"""
