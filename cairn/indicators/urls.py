from django.urls import path

from cairn.indicators.views import from_plan, indicators, returns, setup

app_name = "indicators"
urlpatterns = [
    path("p/<slug:slug>/indicators/", indicators.partnership_indicators, name="partnership"),
    path("p/<slug:slug>/indicators/new/", indicators.indicator_create, name="create"),
    path("p/<slug:slug>/indicators/library/", indicators.library, name="library"),
    path("p/<slug:slug>/indicators/settings/", setup.indicator_settings, name="settings"),
    path("p/<slug:slug>/indicators/from-plan/", from_plan.from_plan, name="from_plan"),
    path("indicators/<int:pk>/", indicators.indicator_page, name="indicator"),
    path("indicators/<int:pk>/edit/", indicators.indicator_edit, name="edit"),
    path("indicators/<int:pk>/figures/", indicators.value_record, name="record"),
    # Data returns: indicators/views/returns.py
    path("p/<slug:slug>/data-returns/", returns.data_returns, name="data_returns"),
    path("p/<slug:slug>/data-sets/new/", returns.data_set_create, name="data_set_create"),
    path("data-sets/<int:pk>/", returns.data_set_page, name="data_set"),
    path("data-sets/<int:pk>/edit/", setup.data_set_edit, name="data_set_edit"),
    path("data-sets/<int:pk>/delete/", setup.data_set_delete, name="data_set_delete"),
    path("p/<slug:slug>/breakdowns/", setup.breakdown_list, name="breakdowns"),
    path("data-elements/<int:pk>/break-down/", setup.element_break_down, name="element_break_down"),
    path("data-sets/<int:pk>/elements/new/", returns.element_create, name="element_create"),
    path("data-sets/<int:pk>/returns/<str:period>/", returns.return_form, name="return_form"),
    path(
        "data-sets/<int:pk>/returns/<str:period>/template.<str:format>",
        returns.return_template,
        name="return_template",
    ),
    path("p/<slug:slug>/data-sets/marac/", returns.marac_setup, name="marac_setup"),
    path("data-sets/<int:pk>/marac/<str:period>/", returns.marac_quarter, name="marac_quarter"),
    path("p/<slug:slug>/data-sets/part4/", returns.part4_setup, name="part4_setup"),
    path("data-sets/<int:pk>/part4/<str:period>/", returns.part4_year, name="part4_year"),
    path("data-returns/<int:pk>/", returns.return_page, name="return"),
    path("data-returns/<int:pk>/review/", returns.return_review, name="return_review"),
]
