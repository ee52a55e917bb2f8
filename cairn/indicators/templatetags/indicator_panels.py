"""Indicator panels that other apps' pages include: the action page's indicators."""

from __future__ import annotations

from django import template
from django.db.models import Prefetch

from cairn.indicators.models import Indicator, IndicatorValue
from cairn.indicators.trends import trend
from cairn.plans.models import Action

register = template.Library()


@register.inclusion_tag("indicators/_action_indicators.html")
def action_indicators(action: Action) -> dict:
    """The indicators that measure the action: latest figure, target and status against it.
    Queries: the indicators, then all their figures."""
    indicators = Indicator.objects.filter(actions=action).prefetch_related(
        Prefetch("values", queryset=IndicatorValue.objects.order_by("period"))
    )
    return {"trends": [trend(indicator, list(indicator.values.all())) for indicator in indicators]}
