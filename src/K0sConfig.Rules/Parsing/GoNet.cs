using System;
using System.Globalization;
using System.Text;

namespace K0sConfig.Rules.Parsing
{
    /// <summary>
    /// Parsers that accept exactly what k0s accepts, because they follow the Go standard library k0s is
    /// built with: <c>net/netip.ParseAddr</c>, <c>net.ParseIP</c>, <c>net.ParseCIDR</c> and
    /// <c>net.SplitHostPort</c> (Go 1.22 and later, where <c>net</c> parses through <c>net/netip</c>).
    /// </summary>
    /// <remarks>
    /// No regular expressions and no allocation proportional to anything but the input: every loop walks
    /// the input once, so a huge or hostile literal costs linear time.
    /// </remarks>
    internal static class GoNet
    {
        /// <summary>Largest value Go's <c>dtoi</c> accepts before it reports overflow (0xFFFFFF).</summary>
        private const int DtoiBig = 0xFFFFFF;

        /// <summary>Go <c>netip.ParseAddr</c>: IPv4 dotted decimal without leading zeros, or IPv6 with an optional zone.</summary>
        public static bool TryParseAddr(string s, out byte[] ip16, out bool is4, out string zone, out string error)
        {
            ip16 = new byte[16];
            is4 = false;
            zone = string.Empty;
            for (int i = 0; i < s.Length; i++)
            {
                switch (s[i])
                {
                    case '.':
                        is4 = true;
                        ip16[10] = 0xff;
                        ip16[11] = 0xff;
                        return TryParseIPv4Fields(s, 0, s.Length, ip16, 12, out error);
                    case ':':
                        return TryParseIPv6(s, ip16, out zone, out error);
                    case '%':
                        error = "a zone without an IPv6 address";
                        return false;
                }
            }

            error = s.Length == 0 ? "it is empty" : "it is neither dotted IPv4 nor colon-separated IPv6";
            return false;
        }

        /// <summary>Go <c>net.ParseIP</c>: <see cref="TryParseAddr"/> without a zone.</summary>
        public static bool TryParseIP(string s, out byte[] ip16, out string error)
        {
            if (!TryParseAddr(s, out ip16, out _, out string zone, out error))
            {
                return false;
            }

            if (zone.Length != 0)
            {
                error = "an IPv6 zone ('%" + zone + "') is not allowed here";
                return false;
            }

            return true;
        }

        /// <summary>Go <c>net.ParseCIDR</c>.</summary>
        public static bool TryParseCidr(string s, out Cidr cidr, out string error)
        {
            cidr = default;
            int slash = s.IndexOf('/');
            if (slash < 0)
            {
                error = s.Length == 0 ? "it is empty" : "it has no prefix length (a CIDR is address/prefix, like 10.244.0.0/16)";
                return false;
            }

            string addr = s.Substring(0, slash);
            string mask = s.Substring(slash + 1);
            if (!TryParseAddr(addr, out byte[] ip16, out bool is4, out string zone, out string addrError))
            {
                error = "the address '" + addr + "' is not valid: " + addrError;
                return false;
            }

            if (zone.Length != 0)
            {
                error = "an IPv6 zone ('%" + zone + "') is not allowed in a CIDR";
                return false;
            }

            int bits = is4 ? 32 : 128;
            if (!Dtoi(mask, out int n, out int consumed) || consumed != mask.Length)
            {
                error = "the prefix length '" + mask + "' is not a decimal number";
                return false;
            }

            if (n > bits)
            {
                error = "the prefix length " + n.ToString(CultureInfo.InvariantCulture) + " is larger than the " + bits.ToString(CultureInfo.InvariantCulture) + " bits of an IPv" + (is4 ? "4" : "6") + " address";
                return false;
            }

            bool leadingZeros = mask.Length > 1 && mask[0] == '0';
            cidr = new Cidr(ip16, n, bits, leadingZeros);
            error = string.Empty;
            return true;
        }

        /// <summary>
        /// Go <c>net.SplitHostPort</c>: splits <c>host:port</c>, <c>[host]:port</c> or <c>[host%zone]:port</c>.
        /// </summary>
        public static bool TrySplitHostPort(string hostport, out string host, out string port, out string error)
        {
            host = string.Empty;
            port = string.Empty;
            int j = 0, k = 0;
            int i = hostport.LastIndexOf(':');
            if (i < 0)
            {
                error = "missing port in address";
                return false;
            }

            if (hostport[0] == '[')
            {
                int end = hostport.IndexOf(']');
                if (end < 0)
                {
                    error = "missing ']' in address";
                    return false;
                }

                if (end + 1 == hostport.Length)
                {
                    error = "missing port in address";
                    return false;
                }

                if (end + 1 != i)
                {
                    error = hostport[end + 1] == ':' ? "too many colons in address" : "missing port in address";
                    return false;
                }

                host = hostport.Substring(1, end - 1);
                j = 1;
                k = end + 1;
            }
            else
            {
                host = hostport.Substring(0, i);
                if (host.IndexOf(':') >= 0)
                {
                    host = string.Empty;
                    error = "too many colons in address";
                    return false;
                }
            }

            if (hostport.IndexOf('[', j) >= 0)
            {
                host = string.Empty;
                error = "unexpected '[' in address";
                return false;
            }

            if (hostport.IndexOf(']', k) >= 0)
            {
                host = string.Empty;
                error = "unexpected ']' in address";
                return false;
            }

            port = hostport.Substring(i + 1);
            error = string.Empty;
            return true;
        }

        /// <summary>
        /// k0s <c>ParseHostPort</c> (internal/pkg/net/hostport.go, <c>ParseHostPortWithDefault(s, 0)</c>): an address
        /// alone lacks its port; Go's <c>net.SplitHostPort</c> (when it finds no port, a host that is not an IP address or
        /// a DNS name is named first); a port that <c>strconv.ParseUint(port, 10, 16)</c> reads; a host that is an IP
        /// address (<c>netip.ParseAddr</c>) or a DNS name; a port other than 0. <paramref name="error"/> is k0s's text.
        /// </summary>
        public static bool TryParseHostPort(string hostPort, out string host, out ushort port, out string error)
        {
            port = 0;
            host = string.Empty;
            if (TryParseAddr(hostPort, out _, out _, out _, out _))
            {
                error = "missing port in address";
                return false;
            }

            if (!TrySplitHostPort(hostPort, out host, out string portText, out error))
            {
                if (error == "missing port in address" && !IsBracketedIPv6(hostPort) && !IsHost(hostPort))
                {
                    error = HostError;
                }

                return false;
            }

            if (portText.Length == 0 || !IsDigits(portText))
            {
                error = "port is not a positive number: \"" + portText + "\"";
                return false;
            }

            string digits = portText.TrimStart('0');
            if (digits.Length > 5 || (digits.Length > 0 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > ushort.MaxValue))
            {
                error = "port is out of range: " + portText;
                return false;
            }

            port = digits.Length == 0 ? (ushort)0 : ushort.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            if (IsBracketedIPv6(host))
            {
                host = host.Substring(1, host.Length - 2);
                return true;
            }

            if (!IsHost(host))
            {
                error = HostError;
                return false;
            }

            if (port == 0)
            {
                error = "port is zero";
                return false;
            }

            error = string.Empty;
            return true;
        }

        /// <summary>Kubernetes <c>netutils.ParseIPSloppy</c> (what kube-proxy reads): Go's <c>net.ParseIP</c>, and IPv4 octets with leading zeros, read as decimal.</summary>
        public static bool IsIPSloppy(string s) => IsIP(s) || (WithoutLeadingZeros(s) is string plain && IsIP(plain));

        /// <summary>Kubernetes <c>netutils.ParseCIDRSloppy</c>: Go's <c>net.ParseCIDR</c>, and IPv4 octets with leading zeros, read as decimal.</summary>
        public static bool IsCidrSloppy(string s)
        {
            if (TryParseCidr(s, out _, out _))
            {
                return true;
            }

            int slash = s.IndexOf('/');
            return slash >= 0 && WithoutLeadingZeros(s.Substring(0, slash)) is string plain && TryParseCidr(plain + s.Substring(slash), out _, out _);
        }

        /// <summary>Dotted IPv4 text with each octet's leading zeros removed, or <see langword="null"/> for anything else.</summary>
        private static string? WithoutLeadingZeros(string address)
        {
            if (address.IndexOf(':') >= 0 || address.IndexOf('.') < 0 || address.Length > 64)
            {
                return null;
            }

            string[] octets = address.Split('.');
            for (int i = 0; i < octets.Length; i++)
            {
                string octet = octets[i].TrimStart('0');
                octets[i] = octet.Length == 0 && octets[i].Length > 0 ? "0" : octet;
            }

            return string.Join(".", octets);
        }

        private const string HostError = "host is neither an IP address nor a DNS name";

        /// <summary>k0s <c>validateHost</c>: govalidator's DNS name, or an address <c>netip.ParseAddr</c> reads.</summary>
        private static bool IsHost(string host) => IsDnsName(host) || TryParseAddr(host, out _, out _, out _, out _);

        /// <summary>k0s <c>unwrapIPv6Literal</c>: <c>[addr]</c> around an IPv6 address.</summary>
        private static bool IsBracketedIPv6(string host)
            => host.Length > 2 && host[0] == '[' && host[host.Length - 1] == ']'
                && TryParseAddr(host.Substring(1, host.Length - 2), out _, out bool is4, out _, out _) && !is4;

        private static bool IsDigits(string s)
        {
            foreach (char c in s)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// govalidator <c>IsDNSName</c> (the version k0s pins): not empty, at most 255 characters without the
        /// dots, not an IP address, and dot-separated labels of 1 to 63 letters, digits, '_' or '-' that do not
        /// start with '-', optionally followed by one '.' or '_'.
        /// </summary>
        public static bool IsDnsName(string s)
        {
            if (s.Length == 0 || Utf8LengthWithoutDots(s) > 255)
            {
                return false;
            }

            if (TryParseIP(s, out _, out _))
            {
                return false;
            }

            if (MatchesLabels(s, 0, s.Length))
            {
                return true;
            }

            char last = s[s.Length - 1];
            return (last == '.' || last == '_') && s.Length > 1 && MatchesLabels(s, 0, s.Length - 1);
        }

        /// <summary>govalidator <c>IsIP</c>: Go <c>net.ParseIP</c> succeeds.</summary>
        public static bool IsIP(string s) => TryParseIP(s, out _, out _);

        /// <summary>
        /// Go's <c>net.ParseMAC</c> accepts <paramref name="s"/>: an IEEE 802 MAC-48, EUI-48, EUI-64 or 20-octet IP over
        /// InfiniBand address, as <c>00:00:5e:00:53:01</c>, <c>00-00-5e-00-53-01</c> or <c>0000.5e00.5301</c>.
        /// </summary>
        public static bool IsMac(string s)
        {
            byte[] b = System.Text.Encoding.UTF8.GetBytes(s);
            if (b.Length < 14)
            {
                return false;
            }

            if (b[2] == ':' || b[2] == '-')
            {
                int n = (b.Length + 1) / 3;
                if ((b.Length + 1) % 3 != 0 || (n != 6 && n != 8 && n != 20))
                {
                    return false;
                }

                for (int i = 0, x = 0; i < n; i++, x += 3)
                {
                    if (!Hex2(b, x) || (x + 2 < b.Length && b[x + 2] != b[2]))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (b[4] == '.')
            {
                int n = 2 * (b.Length + 1) / 5;
                if ((b.Length + 1) % 5 != 0 || (n != 6 && n != 8 && n != 20))
                {
                    return false;
                }

                for (int i = 0, x = 0; i < n; i += 2, x += 5)
                {
                    if (!Hex2(b, x) || !Hex2(b, x + 2) || (x + 4 < b.Length && b[x + 4] != '.'))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;

            static bool Hex2(byte[] text, int at) => at + 1 < text.Length && IsHex(text[at]) && IsHex(text[at + 1]);

            static bool IsHex(byte c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        /// <summary>Go <c>IP.String()</c> of a 16-byte address: dotted IPv4 when it is IPv4-mapped, RFC 5952 IPv6 otherwise.</summary>
        public static string FormatIP(byte[] ip16)
        {
            if (IsV4Mapped(ip16))
            {
                return string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}.{3}", ip16[12], ip16[13], ip16[14], ip16[15]);
            }

            // Longest run of two or more zero groups, the first one on a tie.
            int bestStart = -1, bestLength = 0;
            for (int g = 0; g < 8;)
            {
                if (Group(ip16, g) != 0)
                {
                    g++;
                    continue;
                }

                int start = g;
                while (g < 8 && Group(ip16, g) == 0)
                {
                    g++;
                }

                if (g - start > bestLength && g - start >= 2)
                {
                    bestStart = start;
                    bestLength = g - start;
                }
            }

            var sb = new StringBuilder(39);
            for (int g = 0; g < 8; g++)
            {
                if (g == bestStart)
                {
                    sb.Append("::");
                    g += bestLength - 1;
                    continue;
                }

                if (sb.Length > 0 && sb[sb.Length - 1] != ':')
                {
                    sb.Append(':');
                }

                sb.Append(Group(ip16, g).ToString("x", CultureInfo.InvariantCulture));
            }

            return sb.ToString();
        }

        /// <summary>Go <c>IP.To4() != nil</c> for a 16-byte address: the first 10 bytes are zero and the next two are 0xff.</summary>
        public static bool IsV4Mapped(byte[] ip16)
        {
            for (int i = 0; i < 10; i++)
            {
                if (ip16[i] != 0)
                {
                    return false;
                }
            }

            return ip16[10] == 0xff && ip16[11] == 0xff;
        }

        private static int Group(byte[] ip16, int g) => (ip16[2 * g] << 8) | ip16[(2 * g) + 1];

        private static bool MatchesLabels(string s, int start, int end)
        {
            int labelStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i == end || s[i] == '.')
                {
                    int length = i - labelStart;
                    if (length < 1 || length > 63 || s[labelStart] == '-')
                    {
                        return false;
                    }

                    labelStart = i + 1;
                    continue;
                }

                char c = s[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static int Utf8LengthWithoutDots(string s)
        {
            int length = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '.')
                {
                    continue;
                }

                if (c < 0x80)
                {
                    length += 1;
                }
                else if (c < 0x800)
                {
                    length += 2;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    length += 4;
                    i++;
                }
                else
                {
                    length += 3;
                }
            }

            return length;
        }

        /// <summary>Go <c>dtoi</c>: ASCII decimal digits, at least one, value below 0xFFFFFF (leading zeros are fine).</summary>
        private static bool Dtoi(string s, out int n, out int consumed)
        {
            n = 0;
            int i = 0;
            for (; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++)
            {
                n = (n * 10) + (s[i] - '0');
                if (n >= DtoiBig)
                {
                    consumed = i;
                    n = DtoiBig;
                    return false;
                }
            }

            consumed = i;
            return i != 0;
        }

        private static bool TryParseIPv4Fields(string s, int off, int end, byte[] target, int at, out string error)
        {
            int val = 0, pos = 0, digits = 0;
            for (int i = off; i < end; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9')
                {
                    if (digits == 1 && val == 0)
                    {
                        error = "an IPv4 octet has a leading zero (Go reads no octal)";
                        return false;
                    }

                    val = (val * 10) + (c - '0');
                    digits++;
                    if (val > 255)
                    {
                        error = "an IPv4 octet is larger than 255";
                        return false;
                    }
                }
                else if (c == '.')
                {
                    if (i == off || i == end - 1 || s[i - 1] == '.')
                    {
                        error = "an IPv4 octet is empty";
                        return false;
                    }

                    if (pos == 3)
                    {
                        error = "an IPv4 address has more than four octets";
                        return false;
                    }

                    target[at + pos] = (byte)val;
                    pos++;
                    val = 0;
                    digits = 0;
                }
                else
                {
                    error = UnexpectedCharacter(c);
                    return false;
                }
            }

            if (pos < 3)
            {
                error = "an IPv4 address needs four octets";
                return false;
            }

            target[at + 3] = (byte)val;
            error = string.Empty;
            return true;
        }

        private static bool TryParseIPv6(string input, byte[] ip, out string zone, out string error)
        {
            zone = string.Empty;
            int end = input.Length;
            int percent = input.IndexOf('%');
            if (percent >= 0)
            {
                zone = input.Substring(percent + 1);
                end = percent;
                if (zone.Length == 0)
                {
                    error = "an IPv6 zone after '%' is empty";
                    return false;
                }
            }

            int p = 0; // position in input
            int ellipsis = -1;
            if (end - p >= 2 && input[p] == ':' && input[p + 1] == ':')
            {
                ellipsis = 0;
                p += 2;
                if (p == end)
                {
                    error = string.Empty;
                    return true;
                }
            }

            int i = 0;
            while (i < 16)
            {
                int off = 0;
                uint acc = 0;
                for (; p + off < end; off++)
                {
                    char c = input[p + off];
                    if (c >= '0' && c <= '9')
                    {
                        acc = (acc << 4) + (uint)(c - '0');
                    }
                    else if (c >= 'a' && c <= 'f')
                    {
                        acc = (acc << 4) + (uint)(c - 'a' + 10);
                    }
                    else if (c >= 'A' && c <= 'F')
                    {
                        acc = (acc << 4) + (uint)(c - 'A' + 10);
                    }
                    else
                    {
                        break;
                    }

                    if (off > 3)
                    {
                        error = "an IPv6 group has more than four hex digits";
                        return false;
                    }
                }

                if (off == 0)
                {
                    error = p < end ? UnexpectedCharacter(input[p]) + " in an IPv6 address" : "an IPv6 group is empty";
                    return false;
                }

                if (p + off < end && input[p + off] == '.')
                {
                    if (ellipsis < 0 && i != 12)
                    {
                        error = "an embedded IPv4 address must take the last 32 bits of the IPv6 address";
                        return false;
                    }

                    if (i + 4 > 16)
                    {
                        error = "an IPv6 address has no room for its embedded IPv4 address";
                        return false;
                    }

                    if (!TryParseIPv4Fields(input, p, end, ip, i, out error))
                    {
                        return false;
                    }

                    p = end;
                    i += 4;
                    break;
                }

                ip[i] = (byte)(acc >> 8);
                ip[i + 1] = (byte)acc;
                i += 2;

                p += off;
                if (p == end)
                {
                    break;
                }

                if (input[p] != ':')
                {
                    error = UnexpectedCharacter(input[p]) + " in an IPv6 address";
                    return false;
                }

                if (p + 1 == end)
                {
                    error = "an IPv6 address ends with a single ':'";
                    return false;
                }

                p++;
                if (input[p] == ':')
                {
                    if (ellipsis >= 0)
                    {
                        error = "an IPv6 address has '::' more than once";
                        return false;
                    }

                    ellipsis = i;
                    p++;
                    if (p == end)
                    {
                        break;
                    }
                }
            }

            if (p != end)
            {
                error = "an IPv6 address has more than eight groups";
                return false;
            }

            if (i < 16)
            {
                if (ellipsis < 0)
                {
                    error = "an IPv6 address has fewer than eight groups and no '::'";
                    return false;
                }

                int n = 16 - i;
                for (int j = i - 1; j >= ellipsis; j--)
                {
                    ip[j + n] = ip[j];
                }

                for (int j = ellipsis + n - 1; j >= ellipsis; j--)
                {
                    ip[j] = 0;
                }
            }
            else if (ellipsis >= 0)
            {
                error = "'::' in an IPv6 address must stand for at least one group";
                return false;
            }

            error = string.Empty;
            return true;
        }

        private static string UnexpectedCharacter(char c)
        {
            if (c == ' ')
            {
                return "it contains a space";
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "it contains the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }

            if (c > 0x7f)
            {
                return "it contains the non-ASCII character '" + c + "' (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
            }

            return "it contains the unexpected character '" + c + "'";
        }
    }
}
