# Seeded mutants of the project's k0s files for OracleVerdictTests: values retyped, keys written twice in another case
# (incl. KELVIN SIGN and LONG S), podSecurityPolicy and interval keys dropped in, unknown keys, other kinds, null image
# sections. Deterministic: python3 mutate.py SEED OUTDIR COUNT (the committed set: 20261204 mutants 150), then regenerate.sh.
import random, re, os, glob, sys
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20261204)
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/decode-mutants'
T = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
seeds = sorted(glob.glob(T + '/K0sConfig.Tests/YamlData/corpus/*.yaml') + glob.glob(T + '/K0sConfig.Tests/YamlData/*.yaml'))
seeds = [s for s in seeds if not any(x in s for x in ('k0sctl', 'traefik-template', 'single-stack', 'L450', 'cplb-mac'))]
kv = re.compile(r'^(\s*)(-\s+)?([A-Za-z0-9_.-]+):(\s+)(\S.*)$')
key = re.compile(r'^(\s*)(-\s+)?([A-Za-z0-9_.-]+):(\s*)$|^(\s*)(-\s+)?([A-Za-z0-9_.-]+):\s+\S')
values = ['120', 'true', 'yes', 'off', '1.5', '0x10', '08', '1_000', '"120"', '~', '1e3', '.5', '2024-01-02', '!!str 7', 'y', '-', '+1']
def mutate(lines):
    kind = rng.randrange(7)
    idx = [i for i, l in enumerate(lines) if kv.match(l)]
    kidx = [i for i, l in enumerate(lines) if key.match(l)]
    if kind == 0 and idx:
        i = rng.choice(idx); m = kv.match(lines[i])
        lines[i] = m.group(1) + (m.group(2) or '') + m.group(3) + ':' + m.group(4) + rng.choice(values)
        return 'value'
    if kind == 1 and idx:
        i = rng.choice(idx); m = kv.match(lines[i])
        k = m.group(3)
        variant = rng.choice([k.upper(), k[:1].upper() + k[1:], k.lower(), k.replace('k', '\u212a', 1), k.replace('s', '\u017f', 1)])
        if variant == k: variant = k.swapcase()
        ind = m.group(1) + (' ' * len(m.group(2)) if m.group(2) else '')
        newline = ind + '"' + variant + '": ' + rng.choice([m.group(5), 'bad..value', '10.0.0.0/33', '120', 'x'])
        lines.insert(i + rng.choice([0, 1]), newline)
        return 'casedup'
    if kind == 2 and kidx:
        i = rng.choice(kidx); m = key.match(lines[i]); ind = (m.group(1) or m.group(5) or '')
        if m.group(2) or m.group(6): ind += '  '
        lines.insert(i + rng.choice([0, 1]) if not lines[i].rstrip().endswith(':') else i, ind + rng.choice(['podSecurityPolicy: {}', 'interval: 1m', 'podSecurityPolicy:\n' + ind + '  defaultPolicy: x']))
        return 'masked'
    if kind == 3 and kidx:
        i = rng.choice(kidx); m = key.match(lines[i]); ind = (m.group(1) or m.group(5) or '')
        if m.group(2) or m.group(6): ind += '  '
        lines.insert(i if lines[i].rstrip().endswith(':') else i + 1, ind + rng.choice(['bogus: 1', 'aaa: x', 'zzz: {}', 'Bogus: [1]']))
        return 'unknown'
    if kind == 4:
        for i, l in enumerate(lines):
            if l.startswith('kind:'):
                lines[i] = 'kind: ' + rng.choice(['Cluster', 'Pod', '5', 'clusterconfig'])
                return 'kind'
        lines.insert(0, 'kind: Cluster')
        return 'kind'
    if kind == 5:
        for i, l in enumerate(lines):
            if l.rstrip() == 'spec:':
                sec = rng.choice(['calico', 'kuberouter', 'pause', 'windows', 'calico:\n      cni', 'coredns'])
                lines.insert(i + 1, '  images:\n    repository: ' + rng.choice(['r.example.com', '""', '~']) + '\n    ' + sec + ': ' + rng.choice(['null', '~', '{}']))
                return 'images'
        return None
    if kind == 6 and idx:
        i = rng.choice(idx); m = kv.match(lines[i])
        lines[i] = m.group(1) + (m.group(2) or '') + m.group(3) + ':' + m.group(4) + rng.choice(['[a]', '{a: b}', 'null', '"' + m.group(5).strip('"') + '"'])
        return 'shape'
    return None
os.makedirs(out, exist_ok=True)
n = 0
while n < int(sys.argv[3] if len(sys.argv) > 3 else 300):
    seed = rng.choice(seeds)
    lines = open(seed, encoding='utf-8').read().split('\n')
    kinds = []
    for _ in range(rng.choice([1, 1, 2])):
        k = mutate(lines)
        if k: kinds.append(k)
    if not kinds: continue
    name = 'm%03d-%s-%s.yaml' % (n, '-'.join(kinds), os.path.basename(seed)[:40].replace('.yaml', ''))
    open(os.path.join(out, name), 'w', encoding='utf-8').write('\n'.join(lines))
    n += 1
