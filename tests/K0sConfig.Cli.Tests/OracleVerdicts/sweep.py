#!/usr/bin/env python3
"""Field sweep: every leaf field of the newest k0s CRD, each written alone with each value of a pool of scalars, put to
k0sconfig validate and to k0s's own validation (the per-minor k0s-validate oracles); prints where they disagree on
accept/reject, grouped by field. Not a test (it needs Go-built oracles): a way to look for what validate misses.

  K0S_VALIDATE_DIR=/path/to/oracle/bin python3 sweep.py OUT [MINORS] [--sections | --twice]
  e.g. python3 sweep.py /tmp/sweep 27,30,33,36

--sections writes each section (a mapping or a list: spec.network, spec.api.sans, spec.workerProfiles...) with each
value of the pool instead of each leaf field, and each list also with null, empty and mistyped entries. --twice writes
each field twice instead, as an upper-case key and as itself (PODCIDR: "x", then podCIDR: null), with a few pairs.

OUT receives the generated files (fNNNNN.yaml, and fNNNNN.txt naming the field and value). MINORS (default: none)
adds runs with --k0s-version 1.MINOR against k0s-validate-1.MINOR to the run against the newest k0s (k0s-validate).
K0SCONFIG_CLI is the k0sconfig command (default: the Debug build of src/K0sConfig.Cli). Expected disagreements are
the ones OracleVerdicts' exceptions.tsv and versions-exceptions.tsv explain (a later component refuses what k0s takes).
"""
import collections, json, os, subprocess, sys
import yaml  # PyYAML

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
CRD = os.path.join(ROOT, 'src', 'K0sConfig.Rules', 'Catalogue', 'crds', 'clusterconfigs-1.36.yaml')
POOL = ['0', '-1', '1', '65535', '65536', '2147483647', '2147483648', '4294967295', '4294967296', '99999999999',
        '9223372036854775807', '9223372036854775808', '-9223372036854775809', '18446744073709551616', '0x10', '1.5', '1e3',
        '-0', 'true', 'no', '"text"', "''", '~', '[]', '{}', '1s', '"1m"', '10.0.0.0/8', '6443.5', '1e30', '.inf', '.nan']


# With --sections, a list also gets entries that are null, empty or of the wrong kind: Go decodes a null entry of a
# list of structs or strings as an empty struct or "".
ENTRIES = ['[~]', '[{}]', '[[]]', '[~, ~]']

# With --twice, the pairs of values each field is written with (see main).
TWICE = [('"x"', '~'), ('1', '~'), ('true', '~'), ('~', '"x"'), ('"x"', '"y"')]


def leaves(schema, path, out, sections=False, lists=None):
    kind = schema.get('type')
    if kind == 'object' and 'properties' in schema:
        if sections and path:
            out.append(path)
        for key, child in schema['properties'].items():
            leaves(child, path + [key], out, sections, lists)
    elif kind == 'array' and schema.get('items', {}).get('type') == 'object' and 'properties' in schema['items']:
        if sections:
            out.append(path)
            lists.add(tuple(path))
        for key, child in schema['items']['properties'].items():
            leaves(child, path + [0, key], out, sections, lists)
    elif sections and kind == 'array':
        out.append(path)
        lists.add(tuple(path))
    elif not sections:
        out.append(path)


def document(path, value):
    lines = ['apiVersion: k0s.k0sproject.io/v1beta1', 'kind: ClusterConfig', 'metadata:', '  name: k0s', 'spec:']
    indent = '  '
    for i, key in enumerate(path):
        if key == 0:
            continue
        item = i > 0 and path[i - 1] == 0
        prefix = indent[:-2] + '- ' if item else indent
        lines.append(prefix + key + ':' + (' ' + value if i == len(path) - 1 else ''))
        indent += '    ' if item else '  '
    return '\n'.join(lines) + '\n'


def chunks(items, size=800):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def main():
    args = [a for a in sys.argv[1:] if a not in ('--sections', '--twice')]
    sections = '--sections' in sys.argv
    twice = '--twice' in sys.argv
    out = args[0]
    minors = [m for m in (args[1].split(',') if len(args) > 1 else []) if m]
    oracles = os.environ.get('K0S_VALIDATE_DIR', '/work/shared/oracles/k0s-validate/bin')
    cli = os.environ.get('K0SCONFIG_CLI', 'dotnet ' + os.path.join(ROOT, 'src', 'K0sConfig.Cli', 'bin', 'Debug', 'net8.0', 'K0sConfig.Cli.dll')).split()
    crd = yaml.safe_load(open(CRD))
    paths = []
    lists = set()
    leaves(crd['spec']['versions'][0]['schema']['openAPIV3Schema']['properties']['spec'], [], paths, sections, lists)
    os.makedirs(out, exist_ok=True)
    files, what = [], {}
    for path in paths:
        if twice:
            # The field twice, as an upper-case key with a value and then as itself with another (or null): Go matches
            # both to the field and decodes them in byte order, and a null does nothing to a field that is no pointer.
            if isinstance(path[-1], int):
                continue
            lines = document(path, 'X').rstrip('\n').split('\n')
            if lines[-1].lstrip().startswith('- '):
                continue
            indent = lines[-1][:len(lines[-1]) - len(lines[-1].lstrip())]
            for first, second in TWICE:
                name = 'f%05d.yaml' % (len(files) + 1)
                text = lines[:-1] + [indent + path[-1].upper() + ': ' + first, indent + path[-1] + ': ' + second]
                open(os.path.join(out, name), 'w').write('\n'.join(text) + '\n')
                files.append(name)
                what[name] = ('.'.join(str(p) for p in path), first + ' then ' + second)
            continue
        for value in POOL + (ENTRIES if tuple(path) in lists else []):
            name = 'f%05d.yaml' % (len(files) + 1)
            open(os.path.join(out, name), 'w').write(document(path, value))
            files.append(name)
            what[name] = ('.'.join(str(p) for p in path), value)
    print(len(files), 'files,', len(paths), 'sections' if sections else 'fields')

    runs = [('newest', os.path.join(oracles, 'k0s-validate'), [])]
    runs += [('1.' + m, os.path.join(oracles, 'k0s-validate-1.' + m), ['--k0s-version', '1.' + m, '--feature-gates', '']) for m in minors]
    for name, oracle, extra in runs:
        k0s, ours, crashes = {}, collections.defaultdict(list), []
        for chunk in chunks(files):
            run = subprocess.run([oracle, '--jsonl'] + chunk, cwd=out, capture_output=True, text=True, env={'HOME': os.environ.get('HOME', '/tmp')})
            for verdict in map(json.loads, run.stdout.splitlines()):
                k0s[os.path.basename(verdict['file'])] = verdict
            run = subprocess.run(cli + ['validate', '--format', 'json'] + extra + chunk, cwd=out, capture_output=True, text=True)
            crashes.extend(line for line in run.stderr.splitlines() if 'could not be checked' in line)
            for finding in json.loads(run.stdout or '[]'):
                if finding['severity'] == 'error':
                    ours[finding['file']].append(finding['ruleId'])
        apart = collections.defaultdict(list)
        for f in files:
            if k0s[f]['ok'] != (not ours.get(f)):
                field, value = what[f]
                apart[(field, 'k0s accepts' if k0s[f]['ok'] else 'k0s refuses', ','.join(sorted(set(ours.get(f, [])))))].append(value)
        print('%s: %d of %d agree' % (name, len(files) - sum(len(v) for v in apart.values()), len(files)))
        for crash in crashes:
            print('   CRASH ' + crash)
        for (field, verdict, rules), values in sorted(apart.items()):
            print('   %s: %s %s; validate %s' % (field, verdict, ' '.join(values), rules or 'accepts'))


if __name__ == '__main__':
    main()
