"""The kinds of provision an ordinance of this kind is made of, each read by one handler.

Three passes, so that a provision may name a unit the text declares further on: first the list
of units (§ 2) and who heads the department (§ 1 ust. 1), then the lists of subordinates (§ 3),
then everything else in order (posts, catalogues, the common duties, supersession, entry into
force). A provision with points that fits no kind is an error (its points would be lost); one
without points is reported as a warning and otherwise ignored.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .model import Item, Message, Node, TaskListData

UNIT_LIST_RE = re.compile(r"^W skład (?P<department>.+?) wchodz(?:ą|i)\b.*:$")
HEAD_RE = re.compile(r"^(?P<unit>\S+(?: \S+){0,5}) kieruje (?P<head>\w+)(?: przy pomocy .+)?\.$")
REPORTING_RE = re.compile(r"^(?P<superior>.+?) podlega(?:ją)? bezpośrednio:(?: (?P<rest>.+))?$")
DIRECT_POST_RE = re.compile(
    r"^W strukturze (?P<within>.+?) funkcjonuje podległ\w* bezpośrednio (?P<superior>.+?) "
    r"stanowisko (?P<name>.+?)\.?$"
)
POST_RE = re.compile(
    r"^W strukturze (?P<within>.+?) funkcjonuje (?P<post>Stanowisko .+?), "
    r"do zakresu działania którego należ(?:y|ą)(?P<rest>.*)$"
)
CATALOGUE_RE = re.compile(r"^Do zakresu działania (?P<owners>.+?) należ(?:y|ą)(?P<rest>.*)$")
COMMON_RE = re.compile(
    r"^Wszystkie (?:wewnętrzne )?komórki organizacyjne (?P<department>.+?) "
    r"(?:są odpowiedzialne za|odpowiadają za|realizują)(?P<rest>.*)$"
)
SUPERSEDES_RE = re.compile(r"^Tra(?:ci|cą) moc zarządzeni[ea] (?:nr )?(?P<number>\d+/\d{4})\b")
IN_FORCE_RE = re.compile(r"^Zarządzenie wchodzi w życie (?P<when>.+)$")
NOT_STRUCTURAL_RE = re.compile(
    r"zadaniami własnymi|stanowi załącznik|Wykonanie zarządzenia powierza się"
)
SUBORDINATE_RE = re.compile(r"^podległ\w* (?:mu|jej|im) (?P<name>.+)$")
OWNERS_SPLIT_RE = re.compile(r"(?<=\)) oraz ")
SEPARATE_ACT_RE = re.compile(r"odrębnym zarządzeniem|odrębnymi przepisami|odrębnym aktem")
NOT_EXHAUSTIVE = "w szczególności"
DUTY_TAIL_RE = re.compile(r"(?:,?\s*(?:a|w tym))?(?:,?\s*w szczególności)?\s*:$")
SYMBOL = r"[A-ZĄĆĘŁŃÓŚŹŻ]{1,6}(?:-\d{1,3})?"
NAME_AND_SYMBOL_RE = re.compile(rf"^(?P<name>.+?)\s+[-–]\s+(?P<symbol>{SYMBOL})$")


def reference(paragraph: int, section: int | None = None, point=None, letter: str = "") -> str:
    """A reference as the office writes it: "§ 4 ust. 1 pkt 6 lit. a"."""
    parts = [f"§ {paragraph}"]
    if section:
        parts.append(f"ust. {section}")
    if point:
        parts.append(f"pkt {point}")
    if letter:
        parts.append(f"lit. {letter}")
    return " ".join(parts)


def split_symbol(text: str) -> tuple[str, str]:
    """ "Biuro Współpracy Krajowej - KP-03;" → ("Biuro Współpracy Krajowej", "KP-03")."""
    text = text.strip().rstrip(";.,").strip()
    match = NAME_AND_SYMBOL_RE.match(text)
    return (match.group("name"), match.group("symbol")) if match else (text, "")


def lead_in_parts(rest: str) -> tuple[str, bool, bool]:
    """What follows "należy": (the duty it states itself, exhaustive?, does a list follow?)."""
    rest = rest.strip()
    announces = rest.endswith(":")
    exhaustive = NOT_EXHAUSTIVE not in rest
    duty = DUTY_TAIL_RE.sub("", rest).strip(" ,") if announces else rest.rstrip(".").strip()
    return duty, exhaustive, announces


class ClauseHandlers:
    """The handlers; `Reader` supplies resolve, declare, report, error and warn."""

    def __init__(self):
        self.errors: list[Message] = []
        self.warnings: list[Message] = []
        self.lists: list[TaskListData] = []
        self.supersedes: str = ""
        self.in_force: tuple[str, int] | None = None

    @property
    def passes(self):
        return (
            ((UNIT_LIST_RE, self.unit_list), (HEAD_RE, self.head_clause)),
            ((REPORTING_RE, self.reporting_list),),
            (
                (DIRECT_POST_RE, self.direct_post),
                (POST_RE, self.post),
                (CATALOGUE_RE, self.catalogue),
                (COMMON_RE, self.common),
                (SUPERSEDES_RE, self.supersession),
                (IN_FORCE_RE, self.entry_into_force),
                (NOT_STRUCTURAL_RE, self.not_structural),
            ),
        )

    def read(self, provisions) -> None:
        """Run the three passes over the provisions (see the module docstring)."""
        pending = list(provisions)
        for handlers in self.passes:
            pending = [p for p in pending if not self._handle(p, handlers)]
        for provision in pending:
            self.unknown(provision)

    @staticmethod
    def _handle(provision, handlers) -> bool:
        for pattern, handler in handlers:
            if match := pattern.search(provision.head):
                handler(provision, match)
                return True
        return False

    # -- the structure ---------------------------------------------------------------------

    def unit_list(self, provision, match) -> None:
        department = self.resolve(match.group("department"), line=provision.line)
        if department is not None and department is not self.department:
            self.error(provision.line, _("a list of units of another department"))
        if not provision.points:
            self.error(provision.line, _("the list of units announced here has no points"))
        for point in provision.points:
            node = self._listed(point.text, point.line)
            for bullet in point.of_kind("bullet"):
                below = self._listed(bullet.text, bullet.line)
                if node and below:
                    self.report(below, node, provision.ref(point.number), bullet.line)
            for letter in point.of_kind("letter"):
                self.error(letter.line, _("expected “name - SYMBOL”, not a lettered sub-point"))

    def _listed(self, text: str, line: int) -> Node | None:
        name, symbol = split_symbol(text)
        if not symbol:
            self.error(line, _("expected “name - SYMBOL”, found “%(text)s”") % {"text": text})
            return None
        node = self.declare(name, symbol, line)
        node.in_department = True
        return node

    def head_clause(self, provision, match) -> None:
        unit = self.resolve(match.group("unit"), line=provision.line)
        if unit is self.department:
            self.department.basis.append(provision.ref())

    def reporting_list(self, provision, match) -> None:
        superior = self.resolve(match.group("superior"), line=provision.line)
        items = [(p.text, provision.ref(p.number), p.line) for p in provision.points]
        if not items and match.group("rest"):
            parts = [part for part in match.group("rest").split(";") if part.strip(" .")]
            items = [(part, provision.ref(), provision.line) for part in parts]
        if not items:
            self.error(provision.line, _("the list of subordinates announced here is empty"))
        for text, basis, line in items:
            name, symbol = split_symbol(text)
            node = self.declare(name, symbol, line, under=superior)
            if superior is not None:
                self.report(node, superior, basis, line)

    def direct_post(self, provision, match) -> None:
        within = self.resolve(match.group("within"), line=provision.line)
        superior = self.resolve(match.group("superior"), line=provision.line)
        node = self.resolve(match.group("name"), line=provision.line)
        if node is None or superior is None:
            return
        node.in_department = node.in_department or within is self.department
        self.report(node, superior, provision.ref(), provision.line)

    def post(self, provision, match) -> None:
        within = self.resolve(
            match.group("within"), line=provision.line, paragraph=provision.paragraph
        )
        post = self.declare(
            match.group("post"), "", provision.line, default_kind="post", under=within
        )
        if within is not None:
            self.report(post, within, provision.ref(), provision.line)
        self.task_list(post, provision, match.group("rest"))

    # -- the catalogue ---------------------------------------------------------------------

    def catalogue(self, provision, match) -> None:
        owners: list[Node] = []
        for phrase in OWNERS_SPLIT_RE.split(match.group("owners")):
            subordinate = SUBORDINATE_RE.match(phrase)
            name = subordinate.group("name") if subordinate else phrase
            node = self.resolve(name, line=provision.line)
            if node is None:
                return
            if subordinate and owners:
                self.report(node, owners[-1], provision.ref(), provision.line)
            owners.append(node)
        rest = match.group("rest")
        if SEPARATE_ACT_RE.search(rest):
            self.separate_act(owners, provision)
            return
        if len(owners) > 1:
            self.error(provision.line, _("one list of tasks for several units"))
            return
        self.paragraph_owner.setdefault(provision.paragraph, owners[0])
        self.task_list(owners[0], provision, rest)

    def separate_act(self, owners: list[Node], provision) -> None:
        if provision.points:
            self.error(provision.points[0].line, _("points after a reference to a separate act"))
        for owner in owners:
            self.lists.append(
                TaskListData(
                    owner,
                    provision.paragraph,
                    provision.section,
                    provision.head,
                    provision.line,
                    separate_act=True,
                )
            )

    def common(self, provision, match) -> None:
        self.resolve(match.group("department"), line=provision.line)
        self.task_list(None, provision, match.group("rest"))

    def task_list(self, owner: Node | None, provision, rest: str) -> None:
        duty, exhaustive, announces = lead_in_parts(rest)
        if announces and not provision.points:
            self.error(provision.line, _("the list of tasks announced here has no points"))
        if provision.points and not announces:
            self.error(provision.points[0].line, _("points after a sentence that announces none"))
        task_list = TaskListData(
            owner,
            provision.paragraph,
            provision.section,
            provision.head,
            provision.line,
            duty=duty,
            exhaustive=exhaustive,
        )
        task_list.items = [self._item(point) for point in provision.points]
        self.lists.append(task_list)

    def _item(self, point) -> Item:
        for bullet in point.of_kind("bullet"):
            self.error(bullet.line, _("a bullet is read only in the list of units"))
        subpoints = [
            Item(point.number, letter.number, letter.text, letter.line)
            for letter in point.of_kind("letter")
        ]
        exhaustive = not (subpoints and NOT_EXHAUSTIVE in point.text)
        return Item(point.number, "", point.text, point.line, exhaustive, subpoints)

    # -- closing provisions ----------------------------------------------------------------

    def supersession(self, provision, match) -> None:
        self.supersedes = match.group("number")

    def entry_into_force(self, provision, match) -> None:
        self.in_force = (match.group("when"), provision.line)

    def not_structural(self, provision, match) -> None:
        """Own tasks of the commune, the attached chart, who executes it: nothing to import."""

    def unknown(self, provision) -> None:
        text = provision.head if len(provision.head) <= 90 else provision.head[:90] + "…"
        if provision.points:
            self.error(
                provision.line,
                _("%(ref)s: a list neither of units, of subordinates nor of tasks: “%(text)s”")
                % {"ref": provision.ref(), "text": text},
            )
        else:
            self.warn(
                provision.line,
                _("%(ref)s says nothing about the structure or the tasks; not imported: “%(text)s”")
                % {"ref": provision.ref(), "text": text},
            )
