#!/usr/bin/env python3
"""k0sctl field sweep: every scalar of the k0sctl builder's golden file (K0sConfig.Tests/K0sctl/Golden/ha.k0sctl.yaml,
which sets every host setting, each connection kind, files, hooks and the version), each replaced in turn by each value
of a pool, put to k0sconfig validate and to k0sctl's own reading and validation (the k0sctl-validate oracle); prints where
they disagree on accept/reject, grouped by field. Only the k0sctl rules (K0S940-K0S949) and K0S804 count, as in
K0sctlVerdictTests: the ClusterConfig under spec.k0s.config is k0s's business (../OracleVerdicts/sweep.py) and is left
as it is. Not a test (it needs the Go-built oracle): a way to look for what validate misses.

  K0SCTL_VALIDATE=/path/to/bin/k0sctl-validate python3 sweep.py OUT [--sections]

--sections replaces each mapping and list instead (a host, ssh, files, hooks...) with each of a few values.

OUT receives the generated files (kNNNNN.yaml, and kNNNNN.txt naming the field and value). K0SCONFIG_CLI is the
k0sconfig command (default: the Debug build of src/K0sConfig.Cli). The oracle runs with an empty environment (k0sctl
substitutes environment variables). Expected disagreements: a changed apiVersion or kind makes the file no k0sctl file
(validate then reads it as a k0s.yaml); a files[].src path is looked for relative to OUT, where it is not.
"""
import collections
import copy
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
GOLDEN = os.path.join(ROOT, 'tests', 'K0sConfig.Tests', 'K0sctl', 'Golden', 'ha.k0sctl.yaml')
POOL = ['0', '-1', '65536', '99999999999', '9223372036854775808', '1.5', '6443.5', '.inf', 'true', 'no', '"text"', "''",
        '~', '[]', '{}', '10.0.0.300', 'v1.33.1+k0s.0', 'controller', '644', '"2m"']
MARK = '@@VALUE@@'


SECTION_POOL = ['0', 'true', '"text"', "''", '~', '[]', '{}', '[1, 2]', '{a: 1}']


def scalars(node, path, out, sections=False):
    if isinstance(node, (dict, list)):
        if sections and path:
            out.append(path)
        for key, child in (node.items() if isinstance(node, dict) else enumerate(node)):
            scalars(child, path + [key], out, sections)
    elif not sections:
        out.append(path)


def main():
    sections = '--sections' in sys.argv
    out = [a for a in sys.argv[1:] if a != '--sections'][0]
    pool = SECTION_POOL if sections else POOL
    oracle = os.environ.get('K0SCTL_VALIDATE', '/work/shared/oracles/k0sctl-validate/bin/k0sctl-validate')
    cli = os.environ.get('K0SCONFIG_CLI', 'dotnet ' + os.path.join(ROOT, 'src', 'K0sConfig.Cli', 'bin', 'Debug', 'net8.0', 'K0sConfig.Cli.dll')).split()
    golden = yaml.safe_load(open(GOLDEN))
    paths = []
    scalars(golden, [], paths, sections)
    paths = [p for p in paths if p[:3] != ['spec', 'k0s', 'config']]
    os.makedirs(out, exist_ok=True)
    files, what = [], {}
    for path in paths:
        for value in pool:
            doc = copy.deepcopy(golden)
            node = doc
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = MARK
            text = yaml.safe_dump(doc, sort_keys=False, default_flow_style=False).replace("'" + MARK + "'", value).replace(MARK, value)
            name = 'k%05d.yaml' % (len(files) + 1)
            open(os.path.join(out, name), 'w').write(text)
            files.append(name)
            what[name] = ('.'.join(str(p) for p in path), value)
    print(len(files), 'files,', len(paths), 'sections' if sections else 'fields')

    ours, crashes = collections.defaultdict(list), []
    for i in range(0, len(files), 400):
        run = subprocess.run(cli + ['validate', '--format', 'json'] + files[i:i + 400], cwd=out, capture_output=True, text=True)
        crashes.extend(line for line in run.stderr.splitlines() if 'could not be checked' in line)
        for finding in json.loads(run.stdout or '[]'):
            if finding['severity'] == 'error' and (finding['ruleId'].startswith('K0S94') or finding['ruleId'] == 'K0S804'):
                ours[finding['file']].append(finding['ruleId'])
    k0sctl = {}
    for i in range(0, len(files), 400):
        run = subprocess.run([oracle, '--jsonl'] + files[i:i + 400], cwd=out, capture_output=True, text=True, env={'HOME': '/home/oracle'})
        for verdict in map(json.loads, run.stdout.splitlines()):
            k0sctl[os.path.basename(verdict['file'])] = verdict
    apart = collections.defaultdict(list)
    for f in files:
        if k0sctl[f]['ok'] != (not ours.get(f)):
            field, value = what[f]
            said = 'k0sctl accepts' if k0sctl[f]['ok'] else 'k0sctl refuses (' + (k0sctl[f].get('message') or '').replace(os.path.abspath(out), 'OUT')[-120:] + ')'
            apart[(field, said, ','.join(sorted(set(ours.get(f, [])))))].append(value)
    print('%d of %d agree' % (len(files) - sum(len(v) for v in apart.values()), len(files)))
    for crash in crashes:
        print('   CRASH ' + crash)
    for (field, verdict, rules), values in sorted(apart.items()):
        print('   %s = %s: %s; validate %s' % (field, ' '.join(values), verdict, rules or 'accepts'))


if __name__ == '__main__':
    main()
