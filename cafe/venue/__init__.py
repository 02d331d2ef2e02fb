"""The venue on every screen: a small web app the workshop serves on the venue network.

Read-only pages that any browser in the venue opens with nothing to install and no internet:
each room's clock (what its stage display shows), "now and next" for hallway screens, and each
participant's own route (reached with the unguessable code of their slip). Qt-free: the window
runs it in a thread beside itself (``ui/moderator/venue_share.py``) and ``cafe serve`` runs it
beside a shared workshop.

Modules, by job
---------------
``faces``      what a room's clock and the now-and-next board show at one instant, computed
               with :mod:`cafe.clock` exactly as the stage display computes it
``route_view`` one participant's route: their group, where to go now and next
``tokens``     the per-workshop secret and the codes derived from it with HMAC (route codes now;
               the same machinery signs any later per-room or per-vote token)
``hub``        the one shared state: the latest snapshot, the documents every page follows,
               and their change notices to every open stream (no database read per client)
``pages``      the HTML of each page (every user text escaped) and the event-stream framing
``guard``      security headers, per-client rate, size and stream limits, the host check
``app``        the Starlette application: routes, static files, server-sent event streams
``server``     the Uvicorn server in a thread of its own: start, stop, address
``feed``       for ``cafe serve``: follow a workshop database (PostgreSQL notices, SQLite data
               version) and hand each new snapshot to the hub
``serve``      the ``cafe serve`` command
``addresses``  this machine's addresses on the venue network, for choosing where to listen
``qr``         QR codes of page addresses (segno), as PNG or SVG
``static/``    the pages' CSS and script; the font is the app's own Noto Sans
"""
