using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// <see cref="GoDuration.TryParse"/> reads what Go's <c>time.ParseDuration</c> reads, and nothing else: the cases are
/// Go's own (src/time/time_test.go, parseDurationTests and parseDurationErrorTests).
/// </summary>
public class GoDurationParseTests
{
    private const long Ns = 1, Us = 1_000, Ms = 1_000_000, S = 1_000_000_000, M = 60 * S, H = 60 * M;

    public static TheoryData<string, long> Valid() => new()
    {
        { "0", 0 },
        { "5s", 5 * S },
        { "30s", 30 * S },
        { "1478s", 1478 * S },
        { "-5s", -5 * S },
        { "+5s", 5 * S },
        { "-0", 0 },
        { "+0", 0 },
        { "5.0s", 5 * S },
        { "5.6s", 5 * S + 600 * Ms },
        { "5.s", 5 * S },
        { ".5s", 500 * Ms },
        { "1.0s", 1 * S },
        { "1.00s", 1 * S },
        { "1.004s", 1 * S + 4 * Ms },
        { "1.0040s", 1 * S + 4 * Ms },
        { "100.00100s", 100 * S + 1 * Ms },
        { "10ns", 10 * Ns },
        { "11us", 11 * Us },
        { "12\u00b5s", 12 * Us },
        { "12\u03bcs", 12 * Us },
        { "13ms", 13 * Ms },
        { "14s", 14 * S },
        { "15m", 15 * M },
        { "16h", 16 * H },
        { "3h30m", 3 * H + 30 * M },
        { "10.5s4m", 4 * M + 10 * S + 500 * Ms },
        { "-2m3.4s", -(2 * M + 3 * S + 400 * Ms) },
        { "1h2m3s4ms5us6ns", 1 * H + 2 * M + 3 * S + 4 * Ms + 5 * Us + 6 * Ns },
        { "39h9m14.425s", 39 * H + 9 * M + 14 * S + 425 * Ms },
        { "52763797000ns", 52763797000 * Ns },
        { "0.3333333333333333333h", 20 * M },
        { "9007199254740993ns", (1L << 53) + 1 },
        { "9223372036854775807ns", long.MaxValue },
        { "9223372036854775.807us", long.MaxValue },
        { "9223372036s854ms775us807ns", long.MaxValue },
        { "-9223372036854775808ns", long.MinValue },
        { "-9223372036854775.808us", long.MinValue },
        { "-9223372036s854ms775us808ns", long.MinValue },
        { "-2562047h47m16.854775808s", long.MinValue },
        { "0.100000000000000000000h", 6 * M },
        { "0.830103483285477580700h", 49 * M + 48 * S + 372539827 * Ns },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Reads_what_Go_reads(string text, long nanoseconds)
    {
        Assert.True(GoDuration.TryParse(text, out long read), text);
        Assert.Equal(nanoseconds, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("-")]
    [InlineData("s")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData(".s")]
    [InlineData("+.s")]
    [InlineData("1d")]
    [InlineData("\u0085\u0085")]
    [InlineData("\u00ff\u00ff")]
    [InlineData("hello \u00ff\u00ff world")]
    [InlineData("9223372036854775808ns")]
    [InlineData("9223372036854775.808us")]
    [InlineData("9223372036854ms775us808ns")]
    [InlineData("-9223372036854775809ns")]
    [InlineData("1 s")]
    [InlineData("1S")]
    [InlineData(null)]
    public void Refuses_what_Go_refuses(string? text)
    {
        Assert.False(GoDuration.TryParse(text, out _), text);
    }

    [Fact]
    public void Reads_back_every_duration_it_writes()
    {
        var random = new Random(20261202);
        for (int i = 0; i < 10_000; i++)
        {
            long ticks = random.NextInt64(long.MinValue / 100, long.MaxValue / 100) >> random.Next(0, 60);
            var value = TimeSpan.FromTicks(ticks);
            string text = GoDuration.Format(value);
            Assert.True(GoDuration.TryParse(text, out long nanoseconds), text);
            Assert.True(GoDuration.TryToTimeSpan(nanoseconds, out TimeSpan back), text);
            Assert.Equal(value, back);
        }
    }

    [Theory]
    [InlineData(150L, false, 1L)]
    [InlineData(-150L, false, -1L)]
    [InlineData(200L, true, 2L)]
    public void A_TimeSpan_is_exact_only_to_100_ns(long nanoseconds, bool exact, long ticks)
    {
        Assert.Equal(exact, GoDuration.TryToTimeSpan(nanoseconds, out TimeSpan value));
        Assert.Equal(ticks, value.Ticks);
    }
}
