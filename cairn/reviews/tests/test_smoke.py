from django.urls import reverse


def test_round_page_works_for_coordinator(client_for, coordinator, round_a, action_a):
    response = client_for(coordinator).get(reverse("reviews:round", args=[round_a.pk]))
    assert response.status_code == 200
    assert b"Chase everyone outstanding" in response.content


def test_update_page_works_for_lead(client_for, lead, round_a, action_a):
    response = client_for(lead).get(reverse("reviews:update", args=[round_a.pk, action_a.pk]))
    assert response.status_code == 200
    response = client_for(lead).get(reverse("plans:my_actions"))
    assert response.status_code == 200
    assert b"2016/17 Q2" in response.content
    response = client_for(lead).get(reverse("plans:action", args=[action_a.pk]))
    assert response.status_code == 200
    response = client_for(lead).get(reverse("plans:plan", args=[action_a.theme.plan.pk]))
    assert response.status_code == 200
