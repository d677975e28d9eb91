"""A closed loop: N simulated users, each sending its next request as soon as the last one answered."""
import itertools
import statistics
import threading
import time

from cityweb import require_loopback

CSRF_FIELD = "csrfmiddlewaretoken"


def _user(base, cookies, requests, deadline, start_at, out):
    import httpx

    token = cookies.get("csrf_form_token", "")
    jar = {k: v for k, v in cookies.items() if k != "csrf_form_token"}
    with httpx.Client(base_url=base, cookies=jar, timeout=30, follow_redirects=False) as client:
        for method, url, data in itertools.islice(itertools.cycle(requests), start_at, None):
            if time.perf_counter() >= deadline:
                return
            started = time.perf_counter()
            try:
                send = client.post if method == "POST" else client.get
                response = send(url, data={**data, CSRF_FIELD: token}) if data else send(url)
                size, ok = len(response.content), response.status_code == 200
            except httpx.HTTPError:
                size, ok = 0, False
            out.append((time.perf_counter() - started, ok, size))


def closed_loop(base, cookies, requests, users, duration):
    """Median and p95 in ms, req/s, errors and mean bytes over `duration` seconds at `users` users."""
    require_loopback(base)
    out = []  # list.append is atomic: the threads share it
    started = time.perf_counter()
    deadline = started + duration
    # Each user starts at its own place in the list, so users do not ask for the same row at once.
    threads = [threading.Thread(target=_user, daemon=True,
                                args=(base, cookies, requests, deadline, i * 7 % len(requests), out))
               for i in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    times = sorted(t for t, ok, _ in out if ok) or [0.0]
    return {
        "requests": len(out), "errors": sum(1 for _, ok, _ in out if not ok),
        "median_ms": round(statistics.median(times) * 1000, 1),
        "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))] * 1000, 1),
        "rps": round(len(out) / elapsed, 1),
        "mean_bytes": round(statistics.mean([s for _, ok, s in out if ok] or [0])),
    }
