#!/usr/bin/env python3
"""HTTP load for benchmarks/ledger.sh, one phase per call (the first argument), so that the script can run each
baseline right after the load it is compared with:
  accounts   opens the accounts BENCH:BANK:<run><i>:USD, i from 0 to ACCOUNTS - 1
  warmup     single postings (CLIENTS threads of REQUESTS requests, every tenth a replay of an earlier key) and
             batches, unmeasured, until the single-posting rate has levelled off (see below); prints the rounds'
             rates (the measured single postings come from wrk, ledger_single.lua)
  batch      CLIENTS threads of BATCHES requests of BATCH postings; prints postings per second
  import     an IATI file of IMPORT_ROWS incoming funds (after a smaller one, unmeasured); prints rows per second
Each measured phase starts once the sealers have chained every entry written before it."""
import http.client
import subprocess
import json
import os
import sys
import threading
import time
import urllib.parse

phase = sys.argv[1]
base, token = sys.argv[2], sys.argv[3]
clients, requests, batch, batches, import_rows, accounts = map(int, sys.argv[4:10])
url = urllib.parse.urlparse(base)
run = sys.argv[10]  # names the accounts and prefixes the keys
schema = sys.argv[11]  # the application's, for settle()
prefix = f'{run}{phase[0]}'  # of the idempotency keys: each phase its own


def connection():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=120)


def call(conn, method, path, body, headers=None, content_type='application/json'):
    all_headers = {'Authorization': 'Bearer ' + token, 'Content-Type': content_type}
    all_headers.update(headers or {})
    conn.request(method, path, body=body, headers=all_headers)
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        raise RuntimeError(f'{method} {path}: {response.status} {data[:300]!r}')
    return data


def account(i):
    return f'BENCH:BANK:{run}{i}:USD'


def posting(key, a, b):
    return {'idempotencyKey': key, 'valueDate': '2020-10-05', 'description': 'benchmark transfer',
            'lines': [{'account': account(a), 'side': 'DEBIT', 'amount': 1, 'currency': 'USD'},
                      {'account': account(b), 'side': 'CREDIT', 'amount': 1, 'currency': 'USD'}]}


errors = []


def singles(worker):
    c = connection()
    sent = []
    try:
        for n in range(requests):
            if n % 10 == 9 and sent:
                body = sent[len(sent) // 2]
            else:
                a = (worker + n) % accounts
                b = (a + 1 + n % (accounts - 1)) % accounts
                body = posting(f'{prefix}-s-{worker}-{n}', a, b)
                sent.append(body)
            key = body['idempotencyKey']
            call(c, 'POST', '/api/v1/ledger/postings', json.dumps({k: v for k, v in body.items()
                                                                   if k != 'idempotencyKey'}),
                 {'Idempotency-Key': key})
    except Exception as e:  # noqa: BLE001 - reported below
        errors.append(e)


def batches_of(worker):
    c = connection()
    try:
        for n in range(batches):
            body = [posting(f'{prefix}-b-{worker}-{n}-{i}', (worker + i) % accounts, (worker + i + 1) % accounts)
                    for i in range(batch)]
            call(c, 'POST', '/api/v1/ledger/postings/batch', json.dumps(body))
    except Exception as e:  # noqa: BLE001
        errors.append(e)


def settle():
    """Waits until the sealers have caught up (ledger_settle.sh)."""
    subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ledger_settle.sh'), schema],
                   check=True, capture_output=True)


def timed(target):
    settle()
    threads = [threading.Thread(target=target, args=(w,)) for w in range(clients)]
    start = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return time.time() - start


# The same loads, unmeasured, first: the JIT compiles the request path (the figures are those of a warmed
# application, as pgbench's are of a warmed database). On two cores the compiler shares the machine with the load,
# and the single-posting rate still rises for a minute or more, so the warm-up runs for at least WARM_UP_SECONDS
# (default 120) and until the last three rounds' single-posting rates are within 5% of their mean, for at most
# WARM_UP_LIMIT_SECONDS (default 600). Warm-up keys are of their own.
def levelled(last):
    return len(last) == 3 and max(abs(r - sum(last) / 3) for r in last) <= 0.05 * sum(last) / 3


def warm_up():
    global prefix
    started = time.time()
    warm_up_until = started + float(os.environ.get('WARM_UP_SECONDS', '120'))
    warm_up_limit = started + float(os.environ.get('WARM_UP_LIMIT_SECONDS', '600'))
    rates = []
    while not rates or time.time() < warm_up_until or (not levelled(rates[-3:]) and time.time() < warm_up_limit):
        prefix = f'{run}w{len(rates)}'
        rates.append(round(clients * (requests - requests // 10) / timed(singles)))
        timed(batches_of)
    print('warmup', len(rates), round(time.time() - started), 'levelled' if levelled(rates[-3:]) else 'not-levelled',
          ','.join(map(str, rates)))


def iati_file(rows, first):
    transactions = ''.join(
        f'<transaction><transaction-type code="1"/><transaction-date iso-date="2021-03-10"/>'
        f'<value currency="EUR" value-date="2021-03-10">{first + i}</value>'
        f'<provider-org ref="XM-DAC-12"><narrative>United Kingdom</narrative></provider-org></transaction>'
        for i in range(rows))
    return (f'<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03"><iati-activity>'
            f'<iati-identifier>XM-NATO-ANATF</iati-identifier>{transactions}</iati-activity></iati-activities>')


def iati_import(xml, key):
    call(connection(), 'POST', '/api/v1/iati/import', xml.encode(), {'Idempotency-Key': key}, 'application/xml')


def bulk_import():
    iati_import(iati_file(min(import_rows, 2000), 500000), run + '-import-warm-up')
    xml = iati_file(import_rows, 1000)
    settle()
    start = time.time()
    iati_import(xml, run + '-import')
    print('import', round(import_rows / (time.time() - start), 1))


if phase == 'accounts':
    conn = connection()
    for i in range(accounts):
        call(conn, 'POST', '/api/v1/ledger/accounts', json.dumps(
            {'fund': 'BENCH', 'kind': 'BANK', 'party': f'{run}{i}', 'currency': 'USD', 'name': f'Bench {i}'}))
elif phase == 'warmup':
    warm_up()
elif phase == 'batch':
    print('batch', round(clients * batches * batch / timed(batches_of), 1))
elif phase == 'import':
    bulk_import()
else:
    raise SystemExit(f'unknown phase {phase!r}: accounts, warmup, batch or import')
