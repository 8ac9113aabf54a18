using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace K0sConfig.Analyzers
{
    /// <summary>One edit of a fix a diagnostic carries: what to do to the value at <see cref="Location"/>.</summary>
    public sealed class DiagnosticFixEdit
    {
        internal DiagnosticFixEdit(FixEditKind kind, Location location, string? value, string? path)
        {
            Kind = kind;
            Location = location;
            Value = value;
            Path = path;
        }

        /// <summary>What the edit does.</summary>
        public FixEditKind Kind { get; }

        /// <summary>Where the value to edit is written: the diagnostic's location or one of its additional locations.</summary>
        public Location Location { get; }

        /// <summary>The new value or flag (see <see cref="FixEdit.Value"/>).</summary>
        public string? Value { get; }

        /// <summary>The k0s.yaml path a <see cref="FixEditKind.Set"/> edit sets.</summary>
        public string? Path { get; }
    }

    /// <summary>A fix a diagnostic carries, read back from its properties.</summary>
    public sealed class DiagnosticFix
    {
        internal DiagnosticFix(string key, string title, IReadOnlyList<DiagnosticFixEdit> edits)
        {
            Key = key;
            Title = title;
            Edits = edits;
        }

        /// <summary>The rule's name for this kind of fix (<see cref="FindingFix.Key"/>).</summary>
        public string Key { get; }

        /// <summary>What the fix does.</summary>
        public string Title { get; }

        /// <summary>The edits, applied together.</summary>
        public IReadOnlyList<DiagnosticFixEdit> Edits { get; }
    }

    /// <summary>
    /// Carries a finding's <see cref="Finding.Fixes"/> in a diagnostic's properties, each edit pointing at the
    /// diagnostic's location or one of its additional locations. A fix is carried only when every value it edits is
    /// written in the analyzed block: a value another method wrote is not rewritten at the call that brought it in.
    /// </summary>
    public static class FixProperties
    {
        private const string Count = "fixes";

        /// <summary>The fixes <paramref name="diagnostic"/> carries, in the rule's order.</summary>
        /// <param name="diagnostic">A K0sConfig diagnostic.</param>
        /// <returns>The fixes; empty when there are none or the properties are not readable.</returns>
        public static IReadOnlyList<DiagnosticFix> Read(Diagnostic diagnostic)
        {
            var fixes = new List<DiagnosticFix>();
            ImmutableDictionary<string, string?> p = diagnostic.Properties;
            if (!TryInt(p, Count, out int count))
            {
                return fixes;
            }

            for (int i = 0; i < count; i++)
            {
                string prefix = "fix" + i.ToString(CultureInfo.InvariantCulture);
                if (!p.TryGetValue(prefix, out string? key) || key == null
                    || !p.TryGetValue(prefix + ".title", out string? title) || title == null
                    || !TryInt(p, prefix + ".edits", out int editCount))
                {
                    continue;
                }

                var edits = new List<DiagnosticFixEdit>(editCount);
                for (int j = 0; j < editCount; j++)
                {
                    string e = prefix + "." + j.ToString(CultureInfo.InvariantCulture);
                    if (!TryInt(p, e + ".kind", out int kind) || !TryInt(p, e + ".at", out int at) || at < -1 || at >= diagnostic.AdditionalLocations.Count)
                    {
                        break;
                    }

                    p.TryGetValue(e + ".value", out string? value);
                    p.TryGetValue(e + ".path", out string? path);
                    edits.Add(new DiagnosticFixEdit((FixEditKind)kind, at < 0 ? diagnostic.Location : diagnostic.AdditionalLocations[at], value, path));
                }

                if (edits.Count == editCount)
                {
                    fixes.Add(new DiagnosticFix(key, title, edits));
                }
            }

            return fixes;
        }

        /// <summary>The properties for <paramref name="fixes"/>, or <see langword="null"/> when none can be carried.</summary>
        internal static ImmutableDictionary<string, string?>? Write(IReadOnlyList<FindingFix> fixes, Location location, List<Location>? additional)
        {
            if (fixes.Count == 0)
            {
                return null;
            }

            ImmutableDictionary<string, string?>.Builder? properties = null;
            int written = 0;
            foreach (FindingFix fix in fixes)
            {
                if (!CanCarry(fix, location, additional))
                {
                    continue;
                }

                properties ??= ImmutableDictionary.CreateBuilder<string, string?>();
                string prefix = "fix" + written.ToString(CultureInfo.InvariantCulture);
                properties[prefix] = fix.Key;
                properties[prefix + ".title"] = fix.Title;
                properties[prefix + ".edits"] = fix.Edits.Count.ToString(CultureInfo.InvariantCulture);
                for (int j = 0; j < fix.Edits.Count; j++)
                {
                    FixEdit edit = fix.Edits[j];
                    string e = prefix + "." + j.ToString(CultureInfo.InvariantCulture);
                    properties[e + ".kind"] = ((int)edit.Kind).ToString(CultureInfo.InvariantCulture);
                    properties[e + ".at"] = IndexOf((Location)edit.Origin!, location, additional).ToString(CultureInfo.InvariantCulture);
                    properties[e + ".value"] = edit.Value;
                    properties[e + ".path"] = edit.Path;
                }

                if (written == 0 && fix.Edits.Count == 1 && fix.Edits[0].Kind == FixEditKind.Replace && fix.Edits[0].Origin is Location only && only == location)
                {
                    properties[K0sConfigAnalyzer.ReplacementProperty] = fix.Edits[0].Value;
                }

                written++;
            }

            if (properties == null)
            {
                return null;
            }

            properties[Count] = written.ToString(CultureInfo.InvariantCulture);
            return properties.ToImmutable();
        }

        private static bool CanCarry(FindingFix fix, Location location, List<Location>? additional)
        {
            foreach (FixEdit edit in fix.Edits)
            {
                // A Location is a value written in the analyzed block; an InheritedOrigin was written elsewhere.
                if (!(edit.Origin is Location at) || !at.IsInSource || (at != location && (additional == null || !additional.Contains(at))))
                {
                    return false;
                }
            }

            return fix.Edits.Count != 0;
        }

        private static int IndexOf(Location at, Location location, List<Location>? additional)
            => at == location ? -1 : additional!.IndexOf(at);

        private static bool TryInt(ImmutableDictionary<string, string?> properties, string key, out int value)
        {
            value = 0;
            return properties.TryGetValue(key, out string? text) && text != null
                && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }
    }
}
