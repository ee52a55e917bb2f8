from django.urls import path

from cairn.plans.views import reading

app_name = "plans"
urlpatterns = [
    path("plans/<int:pk>/", reading.plan_page, name="plan"),
    path("actions/<int:pk>/", reading.action_page, name="action"),
    path("my-actions/", reading.my_actions, name="my_actions"),
]
