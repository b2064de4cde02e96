"""Dossiers registered the way a case type registers its cases: with a sign from the counter."""

from kancelaria.cases.services import case_sign_assign

from .models import Dossier


def dossier_create(*, unit, created_by, subject="Sprawa próbna", **fields) -> Dossier:
    dossier = Dossier(unit=unit, created_by=created_by, subject=subject, **fields)
    case_sign_assign(case=dossier)
    dossier.save()
    return dossier
