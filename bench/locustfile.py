"""Who uses Cairn at once, for the load and soak test (run by bench/load_soak.py).

Against the demo partnership (`cairn demo`): leads open My actions and save an update of
one of their actions in the open round; coordinators read the dashboard, the plan and the
round; a board member downloads the board report in each format. Each simulated person
signs in once, with the demo password, and keeps their session.
"""

from __future__ import annotations

import itertools
import random
import re

from locust import HttpUser, between, task

PASSWORD = "exampleshire-demo"
LEADS = ["lead@exampleshire.example", "health.lead@exampleshire.example"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')
STATUS = re.compile(r'<select name="status"[^>]*>(.*?)</select>', re.S)
OPTION = re.compile(r'<option value="(\d+)"')
RADIO = re.compile(
    r'<input[^>]*name="status"[^>]*value="(\d+)"|<input[^>]*value="(\d+)"[^>]*name="status"'
)
NOTES = itertools.cycle(
    [
        "Training delivered to two more teams; the last one is booked for next month.",
        "Partners met and agreed the referral form; waiting for sign-off.",
        "Delayed by staff changes; a new start date is agreed.",
    ]
)


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 4)
    email = ""

    def on_start(self) -> None:
        page = self.client.get("/sign-in/", name="sign in page").text
        token = CSRF.search(page).group(1)
        response = self.client.post(
            "/sign-in/",
            {"username": self.email, "password": PASSWORD, "csrfmiddlewaretoken": token},
            headers={"Referer": f"{self.host}/sign-in/"},
            name="sign in",
        )
        if "/sign-in/" in response.url:
            raise RuntimeError(f"{self.email} could not sign in")
        partnership = self.client.get("/p/exampleshire/", name="partnership").text
        self.plan = re.search(r'href="/plans/(\d+)/"', partnership).group(1)


class Lead(Person):
    weight = 3

    def on_start(self) -> None:
        self.email = random.choice(LEADS)
        super().on_start()

    @task(3)
    def my_actions(self) -> None:
        self.client.get("/my-actions/", name="my actions")

    @task(2)
    def update_an_action(self) -> None:
        page = self.client.get("/my-actions/", name="my actions").text
        updates = re.findall(r'href="(/rounds/\d+/actions/\d+/)"', page)
        if not updates:
            return
        url = random.choice(updates)
        form = self.client.get(url, name="update page").text
        token = CSRF.search(form)
        select = STATUS.search(form)
        statuses = OPTION.findall(select.group(1)) if select else []
        statuses += [a or b for a, b in RADIO.findall(form)]  # radios, as the page has now
        if not token or not statuses:
            return  # submitted already, or the round took no more updates
        fields = dict(HIDDEN.findall(form))
        fields.update(
            csrfmiddlewaretoken=token.group(1),
            status=random.choice(statuses),
            note=next(NOTES),
            intent="draft",
        )
        with self.client.post(
            url,
            fields,
            headers={"Referer": f"{self.host}{url}"},
            name="save update",
            catch_response=True,
        ) as response:
            if response.status_code == 409:
                response.success()  # two leads saved the same action at once: refused, by design


class Coordinator(Person):
    weight = 2
    email = "coordinator@exampleshire.example"

    @task(3)
    def dashboard(self) -> None:
        self.client.get(f"/plans/{self.plan}/dashboard/", name="dashboard")

    @task(2)
    def plan_page(self) -> None:
        page = self.client.get(f"/plans/{self.plan}/", name="plan page").text
        rounds = re.findall(r'href="(/rounds/\d+/)"', page)
        if rounds:
            self.client.get(rounds[0], name="round page")


class BoardMember(Person):
    weight = 1
    email = "viewer@exampleshire.example"

    @task
    def board_report(self) -> None:
        kind = random.choice(["pdf", "docx", "xlsx", "csv"])
        self.client.get(
            f"/plans/{self.plan}/board-report/?format={kind}", name=f"board report ({kind})"
        )
