#!/usr/bin/env python3
"""The HTTP side of the drills (ops/drills/*.sh), python3 standard library only. One command per call:

  operator BASE LOG DIR        on a fresh `production` database: signs in as the first administrator with the
                               one-time password printed in the node's LOG, chooses a new password, creates the
                               user `drill` (FUND_MANAGER and AUDITOR, cleared to RESTRICTED), which chooses its own
                               password and creates a personal access token; writes DIR/token
  token BASE USER PASSWORD     a personal access token of an existing user (the demo accounts), printed
  session BASE USER PASSWORD   the Cookie header of a browser session of an existing user, printed
  accounts BASE TOKEN N RUN    opens the accounts DRILL:BANK:<RUN><i>:USD, i from 0 to N - 1
  load BASES TOKEN CLIENTS N RUN DIR STOP
                               CLIENTS clients post single postings of 1 USD between the N accounts, each request
                               with an Idempotency-Key of its own, to the nodes BASES (comma-separated, client i to
                               node i mod count) until the file STOP exists; a request that fails is sent again under
                               the same key. Writes DIR/acknowledged (key and posting id of every 2xx answer) and
                               DIR/requests (start, end, client, status or error of every request), prints a summary
  outage DIR SINCE             from DIR/requests: the first request to fail that ended after SINCE (epoch seconds)
                               and the first to succeed that started after it, and the seconds between them
  verify BASE TOKEN SECONDS    waits up to SECONDS until the ledger's and the audit trail's chains have no
                               unsealed entries, then prints both verifications; exit 1 unless both are valid and
                               every entry is sealed
"""
import http.client
import http.cookiejar
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


def opener():
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    browser.jar = jar
    return browser


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by hand, so that each answer's status is seen."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def fetch(browser, url, data=None, headers=None):
    """Answers (status, location, body); follows no redirect."""
    body = urllib.parse.urlencode(data, doseq=True).encode() if isinstance(data, dict) else data
    request = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with browser.open(request, timeout=60) as answer:
            return answer.status, answer.headers.get('Location', ''), answer.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get('Location', ''), answer.read().decode()


def csrf(page):
    found = re.search(r'name="_csrf" (?:value|content)="([^"]+)"', page)
    if not found:
        raise SystemExit('no CSRF token on the page')
    return found.group(1)


def sign_in(base, username, password):
    browser = opener()
    _, _, page = fetch(browser, base + '/login')
    status, location, _ = fetch(browser, base + '/login',
                                {'username': username, 'password': password, '_csrf': csrf(page)})
    if status != 302 or 'error' in location:
        raise SystemExit(f'sign-in of {username} refused ({status} {location})')
    return browser


def change_password(base, browser, current, new):
    _, _, page = fetch(browser, base + '/account/password')
    status, location, body = fetch(browser, base + '/account/password', {
        'currentPassword': current, 'newPassword': new, 'confirmation': new, '_csrf': csrf(page)})
    if status != 302:
        raise SystemExit(f'password change refused ({status}): {body[:300]}')


def token(base, username, password):
    browser = sign_in(base, username, password)
    _, _, home = fetch(browser, base + '/')
    status, _, body = fetch(browser, base + '/api/v1/tokens', json.dumps({'name': 'drill'}).encode(),
                            {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf(home)})
    if status != 201:
        raise SystemExit(f'token refused ({status}): {body[:300]}')
    return json.loads(body)['token']


def operator(base, log, directory):
    """The first administrator's one-time password is read from the node's log, as an operator would."""
    found = re.search(r"created the administrator 'admin' with the one-time password (\S+)", open(log).read())
    if not found:
        raise SystemExit(f'no one-time password in {log}')
    admin_password = 'drill-admin-' + os.urandom(8).hex()
    drill_password = 'drill-user-' + os.urandom(8).hex()
    browser = sign_in(base, 'admin', found.group(1))
    change_password(base, browser, found.group(1), admin_password)
    browser = sign_in(base, 'admin', admin_password)
    _, _, page = fetch(browser, base + '/admin/users/new')
    status, _, body = fetch(browser, base + '/admin/users', {
        'username': 'drill', 'displayName': 'Drill operator', 'roles': ['FUND_MANAGER', 'AUDITOR'],
        'nation': '', 'clearance': 'RESTRICTED', 'password': drill_password, '_csrf': csrf(page)})
    if status != 302:
        raise SystemExit(f'user creation refused ({status}): {body[:500]}')
    browser = sign_in(base, 'drill', drill_password)
    new_password = drill_password + '-2'
    change_password(base, browser, drill_password, new_password)
    with open(os.path.join(directory, 'token'), 'w') as out:
        out.write(token(base, 'drill', new_password))


def api(base, bearer, method, path, body=None, headers=None, timeout=30):
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        all_headers = {'Authorization': 'Bearer ' + bearer, 'Content-Type': 'application/json'}
        all_headers.update(headers or {})
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=all_headers)
        answer = connection.getresponse()
        return answer.status, answer.read().decode()
    finally:
        connection.close()


def accounts(base, bearer, count, run):
    for i in range(count):
        status, body = api(base, bearer, 'POST', '/api/v1/ledger/accounts', {
            'fund': 'DRILL', 'kind': 'BANK', 'party': f'{run}{i}', 'currency': 'USD', 'name': f'Drill {i}'})
        if status != 201:
            raise SystemExit(f'account {i} refused ({status}): {body[:300]}')


def load(bases, bearer, clients, count, run, directory, stop):
    bases = bases.split(',')
    acknowledged, requests, lock = [], [], threading.Lock()

    def client(c):
        base = bases[c % len(bases)]
        url = urllib.parse.urlparse(base)
        connection = None
        n = 0
        while not os.path.exists(stop):
            key = f'{run}-{c}-{n}'
            a = (c + n) % count
            b = (a + 1 + n % (count - 1)) % count
            body = json.dumps({'valueDate': '2020-10-05', 'description': 'drill load', 'lines': [
                {'account': f'DRILL:BANK:{run}{a}:USD', 'side': 'DEBIT', 'amount': 1, 'currency': 'USD'},
                {'account': f'DRILL:BANK:{run}{b}:USD', 'side': 'CREDIT', 'amount': 1, 'currency': 'USD'}]})
            started = time.time()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                connection.request('POST', '/api/v1/ledger/postings', body=body, headers={
                    'Authorization': 'Bearer ' + bearer, 'Content-Type': 'application/json', 'Idempotency-Key': key})
                answer = connection.getresponse()
                text = answer.read().decode()
                outcome = str(answer.status)
                if 200 <= answer.status < 300:
                    with lock:
                        acknowledged.append((key, json.loads(text)['id']))
                    n += 1
            except (OSError, http.client.HTTPException) as error:
                outcome = type(error).__name__
                connection = None
            ended = time.time()
            with lock:
                requests.append((started, ended, c, outcome))
            if not outcome.startswith('2'):
                time.sleep(0.05)  # the same key again: a request that failed may or may not have been written

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open(os.path.join(directory, 'acknowledged'), 'w') as out:
        out.writelines(f'{key},{posting}\n' for key, posting in acknowledged)
    with open(os.path.join(directory, 'requests'), 'w') as out:
        out.writelines(f'{s:.3f} {e:.3f} {c} {o}\n' for s, e, c, o in sorted(requests))
    failed = sum(1 for r in requests if not r[3].startswith('2'))
    outcomes = {}
    for r in requests:
        outcomes[r[3]] = outcomes.get(r[3], 0) + 1
    print(f'requests {len(requests)} acknowledged {len(acknowledged)} failed {failed} outcomes '
          + ','.join(f'{k}:{v}' for k, v in sorted(outcomes.items())))


def outage(directory, since):
    rows = [line.split() for line in open(os.path.join(directory, 'requests'))]
    rows = [(float(s), float(e), c, o) for s, e, c, o in rows]
    failures = [r for r in rows if not r[3].startswith('2') and r[1] >= since]
    if not failures:
        print('outage 0.000 no-failed-request')
        return
    first_failed = min(r[1] for r in failures)
    after = [r for r in rows if r[3].startswith('2') and r[0] >= first_failed]
    if not after:
        print('outage none-succeeded-after-the-failure')
        sys.exit(1)
    first_ok = min(r[1] for r in after)
    # every client back: for each client that failed, its first success after its first failure
    back = []
    for client in {r[2] for r in failures}:
        failed_at = min(r[1] for r in failures if r[2] == client)
        back.append(min((r[1] for r in after if r[2] == client and r[0] >= failed_at), default=float('inf')))
    print(f'outage {first_ok - first_failed:.3f} s (first failed {first_failed:.3f}, first succeeded after it '
          f'{first_ok:.3f}); every client back after {max(back) - first_failed:.3f} s; '
          f'{len(failures)} failed requests')


def verify(base, bearer, seconds):
    deadline = time.time() + seconds
    while True:
        ledger = json.loads(api(base, bearer, 'GET', '/api/v1/ledger/verification')[1])
        audit = json.loads(api(base, bearer, 'GET', '/api/v1/audit/verification')[1])
        sealed = ledger['unsealedEntries'] == 0 and audit['unsealedEntries'] == 0
        if sealed or time.time() > deadline:
            break
        time.sleep(1)
    print('ledger', json.dumps(ledger, separators=(',', ':')))
    print('audit', json.dumps(audit, separators=(',', ':')))
    if not (sealed and ledger['valid'] and audit['valid']):
        sys.exit(1)


if __name__ == '__main__':
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == 'operator':
        operator(*arguments)
    elif command == 'token':
        print(token(*arguments))
    elif command == 'session':
        print('; '.join(f'{c.name}={c.value}' for c in sign_in(*arguments).jar))
    elif command == 'accounts':
        accounts(arguments[0], arguments[1], int(arguments[2]), arguments[3])
    elif command == 'load':
        load(arguments[0], arguments[1], int(arguments[2]), int(arguments[3]), *arguments[4:7])
    elif command == 'outage':
        outage(arguments[0], float(arguments[1]))
    elif command == 'verify':
        verify(arguments[0], arguments[1], float(arguments[2]))
    else:
        raise SystemExit(__doc__)
