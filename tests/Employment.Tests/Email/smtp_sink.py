"""A real SMTP server for the email tests: aiosmtpd, storing each message it accepts as a file.

    python3 smtp_sink.py PORT FOLDER [ACCEPT_LIMIT]

With ACCEPT_LIMIT, it accepts that many messages, refuses the next with 421 and exits: an SMTP server
dying part-way through a batch. A recipient whose address starts "refused-" is refused with 550, as a server refuses
one mailbox and goes on answering. Prints READY once it is listening.
"""
import asyncio
import os
import sys
import uuid

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, folder, limit):
        self.folder = folder
        self.limit = limit
        self.accepted = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused-"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.limit is not None and self.accepted >= self.limit:
            asyncio.get_running_loop().call_later(0.05, os._exit, 0)
            return "421 Service closing"
        name = os.path.join(self.folder, f"{uuid.uuid4().hex}.eml")
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.replace(name + ".tmp", name)
        self.accepted += 1
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Store(folder, limit), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()  # Runs until the test closes stdin or kills it.
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
