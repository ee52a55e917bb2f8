from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from cairn.plans.models import Status, StatusScheme


class StatusInline(admin.TabularInline):
    model = Status
    extra = 0


@admin.register(StatusScheme)
class StatusSchemeAdmin(SimpleHistoryAdmin):
    list_display = ["name", "partnership"]
    inlines = [StatusInline]
