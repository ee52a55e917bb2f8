"""A deactivated partnership's public page is gone while it is deactivated."""

from __future__ import annotations

from django.urls import reverse

from cairn.reports.publishing import publish


def test_public_page_of_a_deactivated_partnership_is_404(
    client, coordinator, partnership_a, plan_a
):
    publication = publish(plan_a, by=coordinator)
    url = reverse("reports:public", args=[publication.token])
    assert client.get(url).status_code == 200
    partnership_a.deactivate(by=None)
    assert client.get(url).status_code == 404
    partnership_a.reactivate(by=None)
    assert client.get(url).status_code == 200
