#!/usr/bin/env python3
"""HTTP load for benchmarks/ledger.sh: opens the accounts, then (1) single postings from CLIENTS threads, one
request each, with every tenth request a replay of an earlier key; (2) batches of BATCH postings per request;
(3) an IATI file of IMPORT_ROWS incoming funds. Prints postings (or rows) per second for each."""
import http.client
import json
import sys
import threading
import time
import urllib.parse
import uuid

base, token, work = sys.argv[1], sys.argv[2], sys.argv[3]
clients, requests, batch, batches, import_rows, accounts = map(int, sys.argv[4:10])
url = urllib.parse.urlparse(base)
run = uuid.uuid4().hex[:8]


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


conn = connection()
for i in range(accounts):
    call(conn, 'POST', '/api/v1/ledger/accounts', json.dumps(
        {'fund': 'BENCH', 'kind': 'BANK', 'party': f'{run}{i}', 'currency': 'USD', 'name': f'Bench {i}'}))

replays = [0]
errors = []


def singles(worker):
    c = connection()
    sent = []
    try:
        for n in range(requests):
            if n % 10 == 9 and sent:
                body = sent[len(sent) // 2]
                replays[0] += 1
            else:
                a = (worker + n) % accounts
                b = (a + 1 + n % (accounts - 1)) % accounts
                body = posting(f'{run}-s-{worker}-{n}', a, b)
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
            body = [posting(f'{run}-b-{worker}-{n}-{i}', (worker + i) % accounts, (worker + i + 1) % accounts)
                    for i in range(batch)]
            call(c, 'POST', '/api/v1/ledger/postings/batch', json.dumps(body))
    except Exception as e:  # noqa: BLE001
        errors.append(e)


def timed(target):
    threads = [threading.Thread(target=target, args=(w,)) for w in range(clients)]
    start = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return time.time() - start


single_seconds = timed(singles)
print('single', round(clients * (requests - requests // 10) / single_seconds, 1))
print('replays', replays[0])
batch_seconds = timed(batches_of)
print('batch', round(clients * batches * batch / batch_seconds, 1))

transactions = ''.join(
    f'<transaction><transaction-type code="1"/><transaction-date iso-date="2021-03-10"/>'
    f'<value currency="EUR" value-date="2021-03-10">{1000 + i}</value>'
    f'<provider-org ref="XM-DAC-12"><narrative>United Kingdom</narrative></provider-org></transaction>'
    for i in range(import_rows))
xml = (f'<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03"><iati-activity>'
       f'<iati-identifier>XM-NATO-ANATF</iati-identifier>{transactions}</iati-activity></iati-activities>')
start = time.time()
call(connection(), 'POST', '/api/v1/iati/import', xml.encode(), {'Idempotency-Key': run + '-import'},
     'application/xml')
print('import', round(import_rows / (time.time() - start), 1))
