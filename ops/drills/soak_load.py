#!/usr/bin/env python3
"""The soak drill's load (ops/drills/soak.sh), python3 standard library only:

  soak_load.py BASE PID DURATION RATE WINDOW PLAN_EVERY OUT

Sends RATE requests per second, at a steady pace (request i is due RATE^-1 * i seconds after the start; WORKERS
threads, 8 by default, take them in turn), for DURATION seconds, to the demo node at BASE, rotating through a fixed
mix: every main page read signed in (a browser session per demo user) and every main API read with a personal access
token, the public pages and APIs read anonymously, a posting (Idempotency-Key of its own) and, once per round of the
mix, an engagement recorded by the advisor. A plan is started every PLAN_EVERY seconds (by the planner, 4 s solve)
and must reach SOLVED. Every request must be answered 2xx (an error is any other status or no answer).
Every WINDOW seconds, prints one line: requests, errors, latency p50/p95/p99/max in ms, the resident memory (RSS) of
the node's java process PID, the live heap (used after a full collection asked with `jcmd PID GC.run`, so what the
application still holds, where a leak would show) and metaspace, and the machine's load averages; writes the lines to
OUT as well. At the end it checks the criterion (no error; the last window's p95 at most 1.5 times the first's; RSS
at the end of the last window at most 10% above that at the end of the first) and exits 1 if it does not hold."""
import re
import subprocess
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from drill import sign_in, token  # noqa: E402

base, pid = sys.argv[1], int(sys.argv[2])
duration, rate, window, plan_every = (float(v) for v in sys.argv[3:7])
out = sys.argv[7]
workers = int(os.environ.get('WORKERS', '8'))
url = urllib.parse.urlparse(base)
PASSWORD = 'resolute-demo'

PAGES = {  # signed-in reader of each main page (the navigation's entries and their main sub-pages)
    'viewer': ['/', '/mission', '/force/requirements', '/force/strength', '/advising/engagements', '/funding',
               '/funding/pledges', '/funding/receipts', '/partnership', '/governance', '/reference/nations',
               '/account'],
    'planner': ['/planning'],
    'fundmanager': ['/funding/reconciliation', '/funding/host-commitment'],
    'auditor': ['/audit'],
}
APIS = {  # the main APIs, with a token of a user who may read them
    'viewer': ['/api/v1/mission', '/api/v1/requirements', '/api/v1/requirements/gaps', '/api/v1/strength/totals?date=2020-10-31',
               '/api/v1/strength-reports', '/api/v1/engagements', '/api/v1/funds', '/api/v1/donors',
               '/api/v1/pledges', '/api/v1/meetings', '/api/v1/decisions', '/api/v1/caveats', '/api/v1/ceilings',
               '/api/v1/advising/coverage', '/api/v1/me', '/api/v1/plans'],
    'fundmanager': ['/api/v1/receipts', '/api/v1/reconciliation', '/api/v1/exchange-rates'],
    'auditor': ['/api/v1/audit/entries'],
}
ANONYMOUS = ['/placemat', '/transparency', '/public/governance', '/login', '/api/v1/placemat',
             '/api/v1/public/funds', '/api/v1/meetings', '/reference/sources']


def session_cookie(username):
    browser = sign_in(base, username, PASSWORD)
    return '; '.join(f'{c.name}={c.value}' for c in browser.jar)


users = sorted(set(PAGES) | set(APIS) | {'advisor'})
cookies = {u: session_cookie(u) for u in PAGES}
tokens = {u: token(base, u, PASSWORD) for u in users}
accounts = [f'SOAK:BANK:{pid}{i}:USD' for i in range(4)]


def request(method, path, headers, body=None):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def bearer(user):
    return {'Authorization': 'Bearer ' + tokens[user], 'Content-Type': 'application/json'}


for i, account in enumerate(accounts):
    status, text = request('POST', '/api/v1/ledger/accounts', bearer('fundmanager'), {
        'fund': 'SOAK', 'kind': 'BANK', 'party': f'{pid}{i}', 'currency': 'USD', 'name': f'Soak {i}'})
    if status != 201:
        raise SystemExit(f'account refused: {status} {text[:300]}')

# the mix: one round visits every read once, with a posting after every fourth read and one engagement
mix = []
for user, paths in PAGES.items():
    mix += [('page', user, p) for p in paths]
for user, paths in APIS.items():
    mix += [('api', user, p) for p in paths]
mix += [('anonymous', None, p) for p in ANONYMOUS]
mix = [step for i, read in enumerate(mix) for step in ([read, ('posting', 'fundmanager', None)] if i % 4 == 3
                                                       else [read])]
mix.append(('engagement', 'advisor', None))


def send(index):
    kind, user, path = mix[index % len(mix)]
    if kind == 'page':
        return request('GET', path, {'Cookie': cookies[user], 'Accept': 'text/html'})
    if kind == 'api':
        return request('GET', path, bearer(user))
    if kind == 'anonymous':
        return request('GET', path, {})
    if kind == 'posting':
        a, b = index % 4, (index + 1 + index % 3) % 4
        return request('POST', '/api/v1/ledger/postings', dict(bearer(user), **{'Idempotency-Key': f'soak-{pid}-{index}'}),
                       {'valueDate': '2020-10-05', 'description': 'soak', 'lines': [
                           {'account': accounts[a], 'side': 'DEBIT', 'amount': 1, 'currency': 'USD'},
                           {'account': accounts[b], 'side': 'CREDIT', 'amount': 1, 'currency': 'USD'}]})
    return request('POST', '/api/v1/engagements', bearer(user), {
        'title': f'Soak engagement {pid}-{index}', 'command': 'TAAC-N', 'institution': '209-CORPS',
        'date': '2024-03-12', 'durationMinutes': 90, 'place': '209th Corps headquarters', 'held': True,
        'mode': 'PERSISTENT', 'atmosphere': 'POSITIVE', 'keyOutcomes': 'agreed the fuel accountability plan',
        'nextSteps': 'review in May', 'details': 'soak drill', 'advisorNation': 'DEU', 'areas': ['EF5'],
        'pillars': ['CORR'], 'advisors': ['Advisor DEU-EF5-1'], 'counterparts': ['Chief of staff, 209th Corps'],
        'classification': 'MISSION'})


samples, errors_seen, lock = [], [], threading.Lock()
next_index = [0]
start = time.time()
end = start + duration


def worker():
    while True:
        with lock:
            index = next_index[0]
            next_index[0] += 1
        due = start + index / rate
        if due >= end:
            return
        time.sleep(max(0.0, due - time.time()))
        sent = time.time()
        try:
            status, body = send(index)
            ok = 200 <= status < 300
            what = str(status)
        except (OSError, http.client.HTTPException) as error:
            ok, what, body = False, type(error).__name__, b''
        latency = time.time() - sent
        with lock:
            samples.append((sent, latency, ok))
            if not ok:
                errors_seen.append(f'{mix[index % len(mix)][:3]} {what} {body[:200]!r}')


def planner():
    """A plan every PLAN_EVERY seconds; one that does not reach SOLVED is an error."""
    while time.time() + plan_every < end:
        time.sleep(plan_every)
        status, text = request('POST', '/api/v1/plans', bearer('planner'), {
            'kind': 'DRAWDOWN', 'troopCeiling': 11000, 'secondsLimit': 4, 'asOf': '2020-10-31'})
        state = 'refused'
        if status == 202:
            plan = json.loads(text)['id']
            for _ in range(120):
                time.sleep(1)
                state = json.loads(request('GET', f'/api/v1/plans/{plan}', bearer('planner'))[1])['status']
                if state in ('SOLVED', 'FAILED', 'STOPPED'):
                    break
        with lock:
            plans.append(state)
            if state != 'SOLVED':
                errors_seen.append(f'plan {status} {state} {text[:200]!r}')


def rss_mb():
    with open(f'/proc/{pid}/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmRSS')) / 1024


def heap_mb():
    """The live heap and metaspace in MB: the heap used right after a full collection."""
    subprocess.run(['jcmd', str(pid), 'GC.run'], check=True, capture_output=True)
    info = subprocess.run(['jcmd', str(pid), 'GC.heap_info'], check=True, capture_output=True, text=True).stdout
    used = [int(k) / 1024 for k in re.findall(r'used (\d+)K', info)]
    return round(used[0]), round(used[1])


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] * 1000 if values else 0


plans = []
threads = [threading.Thread(target=worker) for _ in range(workers)] + [threading.Thread(target=planner)]
for thread in threads:
    thread.start()
windows = []
header = 'window minutes requests errors p50_ms p95_ms p99_ms max_ms rss_mb live_heap_mb metaspace_mb load1 load5 plans_solved'
print(header, flush=True)
with open(out, 'w') as report:
    report.write(header + '\n')
for w in range(int(duration // window)):
    time.sleep(max(0.0, start + (w + 1) * window - time.time()))
    with lock:
        inside = [s for s in samples if start + w * window <= s[0] < start + (w + 1) * window]
        solved = plans.count('SOLVED')
    latencies = [s[1] for s in inside]
    load = os.getloadavg()
    row = (w + 1, f'{w * window / 60:g}-{(w + 1) * window / 60:g}', len(inside), sum(1 for s in inside if not s[2]),
           round(percentile(latencies, 0.50)), round(percentile(latencies, 0.95)), round(percentile(latencies, 0.99)),
           round(max(latencies, default=0) * 1000), round(rss_mb()), *heap_mb(), f'{load[0]:.2f}', f'{load[1]:.2f}',
           solved)
    windows.append(row)
    line = ' '.join(map(str, row))
    print(line, flush=True)
    with open(out, 'a') as report:
        report.write(line + '\n')
for thread in threads:
    thread.join()

errors = len(errors_seen)
first, last = windows[0], windows[-1]
p95_ok = last[5] <= 1.5 * first[5]
rss_ok = last[8] <= 1.10 * first[8]
live = (f'; live heap first {first[9]} MB last {last[9]} MB, metaspace first {first[10]} MB last {last[10]} MB')
summary = (f'total requests {len(samples)} errors {errors} plans {len(plans)} solved {plans.count("SOLVED")}; '
           f'p95 first {first[5]} ms last {last[5]} ms (limit {1.5 * first[5]:.0f}): {"flat" if p95_ok else "GREW"}; '
           f'RSS first {first[8]} MB last {last[8]} MB (limit {1.10 * first[8]:.0f}): {"flat" if rss_ok else "GREW"}' + live)
print(summary)
with open(out, 'a') as report:
    report.write(summary + '\n')
    report.writelines(e + '\n' for e in errors_seen[:20])
for e in errors_seen[:20]:
    print('error:', e)
sys.exit(0 if errors == 0 and p95_ok and rss_ok else 1)
