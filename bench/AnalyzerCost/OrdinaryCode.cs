using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace K0sConfig.Bench
{
    /// <summary>
    /// Ordinary application code that does not touch K0sConfig: the bulk of a real project, so that the files have a
    /// realistic size and the compiler has realistic work besides the builder chains. Deterministic for a seed.
    /// </summary>
    internal static class OrdinaryCode
    {
        private static readonly string[] Nouns =
        {
            "Order", "Invoice", "Shipment", "Tenant", "Node", "Volume", "Lease", "Ticket", "Payment", "Route",
            "Sensor", "Reading", "Account", "Quota", "Backup", "Release", "Deployment", "Certificate", "Metric", "Alert",
        };

        private static readonly string[] Verbs = { "Compute", "Collect", "Resolve", "Aggregate", "Project", "Evaluate", "Render", "Select" };

        private static readonly Func<Random, string, string, int, string>[] Methods =
        {
            TotalsByStatus, Report, ParseLine, LoadAsync, Backoff, Describe, Fibonacci, Validate, Merge, Percentile,
            Normalize, Map, BusinessDays, Checksum, TopN, Histogram,
        };

        public static string Noun(Random rng, int file) => Nouns[file % Nouns.Length] + (file / Nouns.Length).ToString(CultureInfo.InvariantCulture);

        /// <summary>Types used by the methods: an enum, a record and a struct.</summary>
        public static string Types(string noun)
        {
            return $$"""
                public enum {{noun}}Status
                {
                    Pending,
                    Active,
                    Suspended,
                    Retired,
                }

                public sealed record {{noun}}Item(string Id, string Name, int Quantity, decimal UnitPrice, {{noun}}Status Status, DateTime CreatedUtc);

                public readonly struct {{noun}}Window : IEquatable<{{noun}}Window>
                {
                    public {{noun}}Window(DateTime start, TimeSpan length)
                    {
                        Start = start;
                        Length = length;
                    }

                    public DateTime Start { get; }

                    public TimeSpan Length { get; }

                    public DateTime End => Start + Length;

                    public bool Contains(DateTime instant) => instant >= Start && instant < End;

                    public bool Equals({{noun}}Window other) => Start == other.Start && Length == other.Length;

                    public override bool Equals(object? obj) => obj is {{noun}}Window other && Equals(other);

                    public override int GetHashCode() => HashCode.Combine(Start, Length);

                    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:O}+{Length}");
                }

            """;
        }

        /// <summary>The opening of the service class: its fields and constructor.</summary>
        public static string ServiceHeader(string noun)
        {
            return $$"""
                public sealed class {{noun}}Service
                {
                    private readonly List<{{noun}}Item> _items = new List<{{noun}}Item>();
                    private readonly Dictionary<string, int> _counters = new Dictionary<string, int>(StringComparer.Ordinal);
                    private readonly string _region;

                    public {{noun}}Service(string region, IEnumerable<{{noun}}Item> items)
                    {
                        _region = region ?? throw new ArgumentNullException(nameof(region));
                        _items.AddRange(items);
                    }

                    public int Count => _items.Count;

                    public string HomeRegion => _region;

            """;
        }

        /// <summary>One ordinary method of the service class.</summary>
        public static string Method(Random rng, string noun, int index)
        {
            string verb = Verbs[rng.Next(Verbs.Length)];
            return Methods[rng.Next(Methods.Length)](rng, noun, verb, index) + "\n";
        }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string TotalsByStatus(Random rng, string noun, string verb, int i) => $$"""
                    public IReadOnlyDictionary<{{noun}}Status, decimal> {{verb}}TotalsByStatus{{i}}(IEnumerable<{{noun}}Item> items)
                    {
                        return items
                            .Where(item => item.Quantity > {{N(rng.Next(0, 20))}} && item.Status != {{noun}}Status.Retired)
                            .GroupBy(item => item.Status)
                            .ToDictionary(g => g.Key, g => g.Sum(item => item.Quantity * item.UnitPrice));
                    }

            """;

        private static string Report(Random rng, string noun, string verb, int i) => $$"""
                    public string {{verb}}Report{{i}}(DateTime asOf)
                    {
                        var builder = new StringBuilder();
                        builder.Append("{{noun}} report for ").Append(_region).Append(" as of ").AppendLine(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        int line = 0;
                        foreach ({{noun}}Item item in _items.OrderByDescending(x => x.CreatedUtc).Take({{N(rng.Next(10, 200))}}))
                        {
                            line++;
                            builder.Append(line.ToString(CultureInfo.InvariantCulture).PadLeft(4))
                                .Append(' ')
                                .Append(item.Name.Length > {{N(rng.Next(12, 40))}} ? item.Name.Substring(0, {{N(rng.Next(8, 12))}}) + "..." : item.Name)
                                .Append(' ')
                                .Append((item.Quantity * item.UnitPrice).ToString("N2", CultureInfo.InvariantCulture))
                                .AppendLine();
                        }

                        if (line == 0)
                        {
                            builder.AppendLine("(no {{noun.ToLowerInvariant()}} items)");
                        }

                        return builder.ToString();
                    }

            """;

        private static string ParseLine(Random rng, string noun, string verb, int i) => $$"""
                    public static {{noun}}Item Parse{{i}}(string line)
                    {
                        if (string.IsNullOrWhiteSpace(line))
                        {
                            throw new FormatException("Empty line.");
                        }

                        string[] parts = line.Split('{{(rng.Next(2) == 0 ? "," : ";")}}');
                        if (parts.Length < 5)
                        {
                            throw new FormatException($"Expected 5 fields, found {parts.Length}: '{line}'.");
                        }

                        if (!int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int quantity) || quantity < 0)
                        {
                            throw new FormatException($"Bad quantity '{parts[2]}'.");
                        }

                        if (!decimal.TryParse(parts[3], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal price))
                        {
                            throw new FormatException($"Bad price '{parts[3]}'.");
                        }

                        {{noun}}Status status = parts[4].Trim().ToUpperInvariant() switch
                        {
                            "PENDING" => {{noun}}Status.Pending,
                            "ACTIVE" => {{noun}}Status.Active,
                            "SUSPENDED" => {{noun}}Status.Suspended,
                            "RETIRED" => {{noun}}Status.Retired,
                            _ => throw new FormatException($"Unknown status '{parts[4]}'."),
                        };
                        return new {{noun}}Item(parts[0].Trim(), parts[1].Trim(), quantity, price, status, DateTime.UnixEpoch.AddSeconds({{N(rng.Next(1_000_000, 2_000_000))}}));
                    }

            """;

        private static string LoadAsync(Random rng, string noun, string verb, int i) => $$"""
                    public async Task<int> {{verb}}Async{{i}}(Func<CancellationToken, Task<IReadOnlyList<{{noun}}Item>>> fetch, CancellationToken cancellationToken)
                    {
                        int added = 0;
                        for (int attempt = 0; attempt < {{N(rng.Next(2, 6))}}; attempt++)
                        {
                            try
                            {
                                IReadOnlyList<{{noun}}Item> batch = await fetch(cancellationToken).ConfigureAwait(false);
                                foreach ({{noun}}Item item in batch)
                                {
                                    if (_items.TrueForAll(existing => existing.Id != item.Id))
                                    {
                                        _items.Add(item);
                                        added++;
                                    }
                                }

                                return added;
                            }
                            catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
                            {
                                await Task.Delay(TimeSpan.FromMilliseconds({{N(rng.Next(50, 500))}} * (attempt + 1)), cancellationToken).ConfigureAwait(false);
                            }
                        }

                        return added;
                    }

            """;

        private static string Backoff(Random rng, string noun, string verb, int i) => $$"""
                    public static TimeSpan Backoff{{i}}(int attempt, double jitter)
                    {
                        if (attempt < 0)
                        {
                            throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "Attempt must not be negative.");
                        }

                        double baseMs = {{N(rng.Next(20, 400))}};
                        double capMs = {{N(rng.Next(5_000, 60_000))}};
                        double delay = Math.Min(capMs, baseMs * Math.Pow(2, Math.Min(attempt, 30)));
                        delay *= 1.0 + Math.Clamp(jitter, -0.5, 0.5);
                        return TimeSpan.FromMilliseconds(Math.Max(0, delay));
                    }

            """;

        private static string Describe(Random rng, string noun, string verb, int i) => $$"""
                    public static string Describe{{i}}(object? value) => value switch
                    {
                        null => "nothing",
                        {{noun}}Item { Quantity: 0 } item => $"empty {item.Name}",
                        {{noun}}Item { Status: {{noun}}Status.Retired } item => $"retired {item.Name}",
                        {{noun}}Item item when item.UnitPrice > {{N(rng.Next(100, 10_000))}}m => $"premium {item.Name}",
                        {{noun}}Item item => item.Name,
                        int count when count > {{N(rng.Next(2, 100))}} => "many",
                        int count => count.ToString(CultureInfo.InvariantCulture),
                        string { Length: 0 } => "blank",
                        string text => text.Trim(),
                        IEnumerable<{{noun}}Item> items => string.Join(", ", items.Select(x => x.Name)),
                        _ => value.GetType().Name,
                    };

            """;

        private static string Fibonacci(Random rng, string noun, string verb, int i) => $$"""
                    public static long Sequence{{i}}(int n)
                    {
                        var memo = new Dictionary<int, long>();
                        return Next(n);

                        long Next(int k)
                        {
                            if (k < {{N(rng.Next(2, 4))}})
                            {
                                return k;
                            }

                            if (memo.TryGetValue(k, out long known))
                            {
                                return known;
                            }

                            long value = unchecked(Next(k - 1) + Next(k - 2));
                            memo[k] = value;
                            return value;
                        }
                    }

            """;

        private static string Validate(Random rng, string noun, string verb, int i) => $$"""
                    public static IReadOnlyList<string> Validate{{i}}({{noun}}Item item)
                    {
                        var errors = new List<string>();
                        if (string.IsNullOrEmpty(item.Id))
                        {
                            errors.Add("Id is required.");
                        }
                        else if (item.Id.Length > {{N(rng.Next(16, 64))}})
                        {
                            errors.Add($"Id '{item.Id}' is too long.");
                        }

                        if (item.Name.Any(char.IsControl))
                        {
                            errors.Add("Name contains control characters.");
                        }

                        if (item.Quantity is < 0 or > {{N(rng.Next(1_000, 100_000))}})
                        {
                            errors.Add($"Quantity {item.Quantity} is out of range.");
                        }

                        if (item.UnitPrice < 0m || decimal.Round(item.UnitPrice, 2) != item.UnitPrice)
                        {
                            errors.Add($"Unit price {item.UnitPrice} must be a non-negative amount with at most two decimals.");
                        }

                        if (item.CreatedUtc.Kind != DateTimeKind.Utc)
                        {
                            errors.Add("CreatedUtc must be UTC.");
                        }

                        return errors;
                    }

            """;

        private static string Merge(Random rng, string noun, string verb, int i) => $$"""
                    public static List<int> Merge{{i}}(IReadOnlyList<int> left, IReadOnlyList<int> right)
                    {
                        var result = new List<int>(left.Count + right.Count);
                        int a = 0;
                        int b = 0;
                        while (a < left.Count && b < right.Count)
                        {
                            if (left[a] <= right[b])
                            {
                                result.Add(left[a++]);
                            }
                            else
                            {
                                result.Add(right[b++]);
                            }
                        }

                        while (a < left.Count)
                        {
                            result.Add(left[a++]);
                        }

                        while (b < right.Count)
                        {
                            result.Add(right[b++]);
                        }

                        return result;
                    }

            """;

        private static string Percentile(Random rng, string noun, string verb, int i) => $$"""
                    public static double Percentile{{i}}(double[] samples, double percentile = {{N(rng.Next(50, 100))}})
                    {
                        if (samples.Length == 0)
                        {
                            return double.NaN;
                        }

                        double[] sorted = (double[])samples.Clone();
                        Array.Sort(sorted);
                        double rank = Math.Clamp(percentile, 0, 100) / 100.0 * (sorted.Length - 1);
                        int lower = (int)Math.Floor(rank);
                        int upper = (int)Math.Ceiling(rank);
                        return lower == upper ? sorted[lower] : sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
                    }

            """;

        private static string Normalize(Random rng, string noun, string verb, int i) => $$"""
                    public static string Slug{{i}}(string text)
                    {
                        var builder = new StringBuilder(text.Length);
                        bool dash = false;
                        foreach (char c in text)
                        {
                            if (char.IsLetterOrDigit(c))
                            {
                                builder.Append(char.ToLowerInvariant(c));
                                dash = false;
                            }
                            else if (!dash && builder.Length > 0)
                            {
                                builder.Append('{{(rng.Next(2) == 0 ? "-" : "_")}}');
                                dash = true;
                            }
                        }

                        return builder.ToString().TrimEnd('-', '_');
                    }

            """;

        private static string Map(Random rng, string noun, string verb, int i) => $$"""
                    public static TOut[] {{verb}}Map{{i}}<TIn, TOut>(IReadOnlyList<TIn> source, Func<TIn, int, TOut> selector)
                        where TIn : notnull
                    {
                        var result = new TOut[source.Count];
                        for (int index = 0; index < source.Count; index++)
                        {
                            result[index] = selector(source[index], index);
                        }

                        return result;
                    }

            """;

        private static string BusinessDays(Random rng, string noun, string verb, int i) => $$"""
                    public static int BusinessDays{{i}}(DateTime from, DateTime to, ISet<DateTime> holidays)
                    {
                        if (to < from)
                        {
                            (from, to) = (to, from);
                        }

                        int days = 0;
                        for (DateTime day = from.Date; day < to.Date; day = day.AddDays(1))
                        {
                            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(day))
                            {
                                continue;
                            }

                            days++;
                        }

                        return days + {{N(rng.Next(0, 3))}};
                    }

            """;

        private static string Checksum(Random rng, string noun, string verb, int i) => $$"""
                    public static uint Checksum{{i}}(ReadOnlySpan<byte> data)
                    {
                        uint hash = {{N(rng.Next(1, int.MaxValue))}}u;
                        foreach (byte b in data)
                        {
                            hash = unchecked((hash ^ b) * 16777619u);
                            hash = (hash << {{N(rng.Next(1, 8))}}) | (hash >> {{N(32 - rng.Next(1, 8))}});
                        }

                        return hash;
                    }

            """;

        private static string TopN(Random rng, string noun, string verb, int i) => $$"""
                    public IEnumerable<(string Name, decimal Value)> {{verb}}Top{{i}}(int count)
                    {
                        lock (_counters)
                        {
                            _counters[nameof({{verb}}Top{{i}})] = _counters.TryGetValue(nameof({{verb}}Top{{i}}), out int calls) ? calls + 1 : 1;
                        }

                        return _items
                            .Where(item => item.Status is {{noun}}Status.Active or {{noun}}Status.Pending)
                            .Select(item => (item.Name, Value: item.Quantity * item.UnitPrice))
                            .OrderByDescending(pair => pair.Value)
                            .ThenBy(pair => pair.Name, StringComparer.Ordinal)
                            .Take(Math.Max(0, Math.Min(count, {{N(rng.Next(5, 50))}})))
                            .ToList();
                    }

            """;

        private static string Histogram(Random rng, string noun, string verb, int i) => $$"""
                    public static int[] Histogram{{i}}(IEnumerable<double> values, double min, double max, int buckets = {{N(rng.Next(4, 32))}})
                    {
                        if (buckets <= 0 || max <= min)
                        {
                            throw new ArgumentException("Need at least one bucket and max > min.");
                        }

                        var counts = new int[buckets];
                        double width = (max - min) / buckets;
                        foreach (double value in values)
                        {
                            if (double.IsNaN(value) || value < min || value > max)
                            {
                                continue;
                            }

                            int bucket = Math.Min(buckets - 1, (int)((value - min) / width));
                            counts[bucket]++;
                        }

                        return counts;
                    }

            """;
    }
}
