from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cairn.accounts"
    label = "accounts"

    def ready(self) -> None:
        from axes.signals import user_locked_out
        from django.db.models.signals import post_delete, post_save

        from cairn.accounts import throttle
        from cairn.accounts.models import User

        user_locked_out.connect(throttle.notify_owner, dispatch_uid="cairn-sign-in-notice")
        post_save.connect(throttle.clear_failures, sender=User, dispatch_uid="cairn-clear-fails")
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from cairn.accounts.second_factor import app_removed

        # A host admin who deletes a person's lost authenticator app in the Django admin
        # turns their second factor off: they set one up again at their next sign-in.
        post_delete.connect(app_removed, sender=TOTPDevice, dispatch_uid="cairn-app-removed")
