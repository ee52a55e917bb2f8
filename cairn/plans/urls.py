from django.urls import path

from cairn.plans.views import (
    deleted,
    editing,
    host,
    leads,
    reading,
    rollforward,
    search,
    settings,
    strategy,
)

app_name = "plans"
urlpatterns = [
    path("plans/<int:pk>/", reading.plan_page, name="plan"),
    path("actions/<int:pk>/", reading.action_page, name="action"),
    path("my-actions/", reading.my_actions, name="my_actions"),
    path("p/<slug:slug>/search/", search.search_page, name="search"),
    # The host admin's partnerships: plans/views/host.py
    path("partnerships/", host.partnerships_page, name="partnerships"),
    path("partnerships/new/", host.create_partnership_page, name="partnership_create"),
    path(
        "partnerships/<slug:slug>/deactivate/",
        host.deactivate_partnership_page,
        name="partnership_deactivate",
    ),
    path(
        "partnerships/<slug:slug>/reactivate/",
        host.reactivate_partnership,
        name="partnership_reactivate",
    ),
    path(
        "p/<slug:slug>/people/<int:pk>/reassign/",
        leads.reassign_actions_page,
        name="reassign_actions",
    ),
    # A coordinator's editing: plans/views/editing.py
    path("p/<slug:slug>/plans/new/", editing.plan_create, name="plan_create"),
    path("plans/<int:pk>/edit/", editing.plan_editor, name="plan_editor"),
    path("plans/<int:pk>/details/", editing.plan_edit, name="plan_edit"),
    path("plans/<int:pk>/delete/", editing.plan_delete, name="plan_delete"),
    # Strategies: plans/views/strategy.py
    path("p/<slug:slug>/strategies/", strategy.strategy_list, name="strategies"),
    path("p/<slug:slug>/strategies/new/", strategy.strategy_create, name="strategy_create"),
    path("strategies/<int:pk>/", strategy.strategy_page, name="strategy"),
    path("strategies/<int:pk>/edit/", strategy.strategy_edit, name="strategy_edit"),
    path("plans/<int:pk>/next-year/", rollforward.roll_forward_page, name="roll_forward"),
    path("plans/<int:pk>/themes/new/", editing.theme_create, name="theme_create"),
    path("themes/<int:pk>/edit/", editing.theme_edit, name="theme_edit"),
    path("themes/<int:pk>/delete/", editing.theme_delete, name="theme_delete"),
    path("themes/<int:pk>/move/", editing.theme_move, name="theme_move"),
    path("themes/<int:pk>/objectives/new/", editing.objective_create, name="objective_create"),
    path("objectives/<int:pk>/edit/", editing.objective_edit, name="objective_edit"),
    path("objectives/<int:pk>/delete/", editing.objective_delete, name="objective_delete"),
    path("objectives/<int:pk>/move/", editing.objective_move, name="objective_move"),
    path("plans/<int:pk>/actions/new/", editing.action_create, name="action_create"),
    path("plans/<int:pk>/actions/lookup/", editing.action_lookup, name="action_lookup"),
    path("actions/<int:pk>/edit/", editing.action_edit, name="action_edit"),
    path("actions/<int:pk>/delete/", editing.action_delete, name="action_delete"),
    path("actions/<int:pk>/move/", editing.action_move, name="action_move"),
    path("actions/<int:pk>/milestones/new/", editing.milestone_create, name="milestone_create"),
    path("milestones/<int:pk>/edit/", editing.milestone_edit, name="milestone_edit"),
    path("milestones/<int:pk>/delete/", editing.milestone_delete, name="milestone_delete"),
    path("milestones/<int:pk>/move/", editing.milestone_move, name="milestone_move"),
    path("p/<slug:slug>/deleted/", deleted.recently_deleted, name="deleted"),
    path("deleted/<int:pk>/restore/", deleted.restore, name="restore"),
    # The coordinator's Settings and status scheme: plans/views/settings.py
    path("p/<slug:slug>/settings/", settings.settings_page, name="settings"),
    path("p/<slug:slug>/settings/statuses/", settings.status_scheme, name="status_scheme"),
    path(
        "p/<slug:slug>/settings/statuses/templates/",
        settings.scheme_templates,
        name="status_templates",
    ),
    path(
        "p/<slug:slug>/settings/statuses/confirm/",
        settings.status_scheme_confirm,
        name="status_scheme_confirm",
    ),
]
