from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cairn.accounts"
    label = "accounts"

    def ready(self) -> None:
        from axes.signals import user_locked_out
        from django.db.models.signals import post_save

        from cairn.accounts import throttle
        from cairn.accounts.models import User

        user_locked_out.connect(throttle.notify_owner, dispatch_uid="cairn-sign-in-notice")
        post_save.connect(throttle.clear_failures, sender=User, dispatch_uid="cairn-clear-fails")
