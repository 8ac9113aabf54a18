using System;
using System.Net;
using K0sConfig.Rules.Parsing;
using Xunit;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// <see cref="Cidr.Covers"/> and <see cref="Cidr.Overlaps"/> (K0S501's arithmetic) against IPNetwork2's Contains and
/// Overlap, which the rule used before: the same answer for every pair, across families, prefixes and byte boundaries.
/// </summary>
public class CidrOverlapTests
{
    [Theory]
    [InlineData("10.244.0.0/16", "10.96.0.0/12", false, false)]
    [InlineData("10.0.0.0/8", "10.96.0.0/12", true, true)]
    [InlineData("10.96.0.0/12", "10.0.0.0/8", false, true)]
    [InlineData("10.96.0.0/12", "10.96.0.0/12", true, true)]
    [InlineData("10.96.0.0/12", "10.112.0.0/12", false, false)]
    [InlineData("10.97.0.0/13", "10.96.0.0/12", false, true)]
    [InlineData("0.0.0.0/0", "192.168.1.0/24", true, true)]
    [InlineData("fd00::/108", "fd01::/108", false, false)]
    [InlineData("fd00::/8", "fd01::/108", true, true)]
    [InlineData("fd00::/108", "10.0.0.0/8", false, false)]
    [InlineData("::/0", "10.0.0.0/8", false, false)]
    public void Known_pairs(string a, string b, bool covers, bool overlaps)
    {
        Cidr x = Parse(a);
        Cidr y = Parse(b);
        Assert.Equal(covers, x.Covers(y));
        Assert.Equal(overlaps, x.Overlaps(y));
        Assert.Equal(overlaps, y.Overlaps(x));
    }

    [Fact]
    public void Agrees_with_IPNetwork2_on_random_pairs()
    {
        var random = new Random(20261205);
        for (int n = 0; n < 20000; n++)
        {
            bool v4 = random.Next(4) != 0;
            Cidr a = RandomCidr(random, v4, out string textA);
            Cidr b = RandomCidr(random, v4, out string textB);
            IPNetwork2 na = a.ToNetwork();
            IPNetwork2 nb = b.ToNetwork();
            Assert.True(na.Contains(nb) == a.Covers(b), $"{textA} covers {textB}: IPNetwork2 {na.Contains(nb)}");
            Assert.True(na.Overlap(nb) == a.Overlaps(b), $"{textA} overlaps {textB}: IPNetwork2 {na.Overlap(nb)}");
        }
    }

    private static Cidr RandomCidr(Random random, bool v4, out string text)
    {
        // Few distinct leading bytes, so that pairs share prefixes often enough to meet every branch.
        if (v4)
        {
            text = $"10.{random.Next(2) * 96}.{random.Next(3)}.{random.Next(2) * 128}/{random.Next(33)}";
        }
        else
        {
            text = $"fd0{random.Next(2)}:{random.Next(2):x}::{random.Next(3):x}/{random.Next(129)}";
        }

        return Parse(text);
    }

    private static Cidr Parse(string text)
    {
        Assert.True(Cidr.TryParse(text, out Cidr cidr, out string error), text + ": " + error);
        return cidr;
    }
}
