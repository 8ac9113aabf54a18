// Command gen writes the Go oracle tables (go-*.jsonl) used by
// K0sConfig.Rules.Tests. Every row is what real Go's standard library (and
// govalidator) returns for one input string, so the C# parser can be checked
// to accept exactly what k0s accepts.
//
// How to run (GOPATH mode, no module proxy needed), from this directory:
//
//	apt-get install golang-github-asaskevich-govalidator-dev   # govalidator source in /usr/share/gocode
//	export GOROOT=/path/to/go-1.26        # e.g. a dpkg -x'ed golang-1.26-go + golang-1.26-src
//	GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local \
//	    $GOROOT/bin/go run main.go -out ..
//
// The tool writes go-parsecidr.jsonl, go-parseip.jsonl, go-parseaddr.jsonl,
// go-dnsname.jsonl and go-splithostport.jsonl into -out (default ".").
// See ../README.md for the exact versions used and the Go 1.19 comparison.
//
// Inputs live in this file. Every input must be valid UTF-8 (encoding/json
// would silently replace invalid bytes with U+FFFD); the tool panics otherwise.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/asaskevich/govalidator"
)

// dnsNamePattern is govalidator's DNSName pattern at the commit k0s pins
// (v0.0.0-20230301143203-a9d515a09cc2). The Debian package (2018 snapshot)
// has the identical pattern; this guard fails loudly if a different
// govalidator is picked up.
const dnsNamePattern = `^([a-zA-Z0-9_]{1}[a-zA-Z0-9_-]{0,62}){1}(\.[a-zA-Z0-9_]{1}[a-zA-Z0-9_-]{0,62})*[\._]?$`

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

// v4Addrs are IPv4-ish address strings (no prefix).
var v4Addrs = []string{
	"0.0.0.0", "127.0.0.1", "10.244.0.0", "10.244.0.1", "10.96.0.0", "10.96.0.1",
	"192.168.1.1", "172.16.0.0", "169.254.0.1", "100.64.0.0", "255.255.255.255",
	"256.0.0.0", "10.256.0.0", "10.0.0.256", "10.0.0.9999", "300.300.300.300",
	"1.2.3", "1.2", "10", "10.0", "1.2.3.4.5", "1.2.3.4.", "1.2.3.", "10.0.0.0.",
	".10.0.0.0", "10..0.0", "...", "....", ".", "",
	"010.1.2.3", "10.01.0.0", "00.0.0.0", "0.0.0.00", "000.000.000.000",
	"0000.0.0.0", "10.244.000.000", "1.2.3.04", "1.2.3.004", "012.0.0.0",
	"0.0.0.01", "10.0.0.010", "127.000.000.001",
	"0x0a.0.0.0", "0xa.0.0.0", "0X0A.0.0.0", "10.0.0.0x1", "0xff.0xff.0xff.0xff",
	"1e1.0.0.0", "10.0.0.1e0",
	"+10.0.0.0", "-10.0.0.0", "10.+0.0.0", "10.-0.0.0", "10.0.0.+1", "10.0.0.-1",
	"4294967295", "167772160", "0", "99999999999999999999.0.0.0",
	"10.0.0.99999999999999999999",
	" 10.0.0.0", "10.0.0.0 ", "10.0.0.0\t", "\t10.0.0.0", "10.0.0.0\n", "10.0.0.0\r\n",
	"\n10.0.0.0", "10. 0.0.0", "10.0.0.0\u00a0", "\u00a010.0.0.0", "10.0.0.0\u200b",
	"\ufeff10.0.0.0", "10.0.0.0\x00", "\x0010.0.0.0", "10.0\x00.0.0",
	"１０.0.0.0", "10.0.0.٣", "١٠.٠.٠.٠", "۱۰.۰.۰.۰", "¹0.0.0.0", "10.0.0.¹",
	"10．0．0．0", "10。0。0。0", "10,0,0,0", "10:0:0:0", "10-0-0-0",
	"1.2.3.4:80", "1.2.3.4%eth0", "1.2.3.4%", "[1.2.3.4]", "1.2.3.4/32",
	"a.b.c.d", "10.0.0.a", "10.0.0.0.0.0.0.0",
}

// v6Addrs are IPv6-ish address strings (no prefix).
var v6Addrs = []string{
	"::", "::1", "::0", "0::0", "0::", "::0:0", "0:0:0:0:0:0:0:0",
	"0000:0000:0000:0000:0000:0000:0000:0000", "0:0:0:0:0:0:0:1",
	"fd00::", "FD00::", "Fd00::", "fD00::", "fd00:0:0:0:0:0:0:0", "fd00:0000::",
	"fd00::1", "fd00::0001", "fd00:0::", "fd00:1234:5678::",
	"2001:db8::", "2001:DB8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329",
	"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", "2001:db8:0:1::",
	"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::",
	"::1:2:3:4:5:6:7", "1:2:3:4:5:6::7:8", "1:2:3:4::5:6:7:8", "::1:2:3:4:5:6:7:8",
	"1:2:3:4:5:6:7:8::", "1::2::3", ":::", "fd00:::", "fd00::::", "::fd00:", "fd00:",
	":fd00::", "fd00", "fd00:0", "1:::2", "::1:", "1::2:", ":1::", "::::",
	"00001::", "1:00000::", "0000f::", "fffff::", "ffff::", "::00001", "1:2:3:4:5:6:7:00008",
	"0ffff::", "::0ffff", "000000000000000000001::", "1:2:3:4:5:6:00007:8", "::0ffff:10.0.0.0",
	"::00000ffff:10.0.0.0", "fd00:00000::", "10000::",
	"FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
	"g::", "fd00::g", "fd00::-1", "-1::", "+1::", "0x1::", "1 ::", "fd00:: 1",
	"::ffff:10.0.0.0", "::ffff:10.0.0.1", "::ffff:0a00:0000", "::ffff:a00:0",
	"::FFFF:10.0.0.0", "::ffff:0.0.0.0", "::ffff:255.255.255.255", "::ffff:127.0.0.1",
	"0:0:0:0:0:ffff:10.0.0.0", "0:0:0:0:0:ffff:0a00:0000", "0:0:0:0:0:FFFF:a00:1",
	"::10.0.0.0", "::0.0.0.0", "::0.0.0.1", "::1.2.3.4", "64:ff9b::10.0.0.0",
	"64:ff9b::", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:1.2.3.4",
	"1:2:3:4:5::1.2.3.4", "1::1.2.3.4", "::ffff:ffff:10.0.0.0", "::ffff:1.2.3.4:5",
	"::1.2.3.4.5", "::1.2.3", "::1.2.3.4:1", "1.2.3.4::", "::1.2.3.4::",
	"::ffff:010.0.0.0", "::ffff:10.00.0.0", "::ffff:10.0.0.00", "::ffff:10.0.0.01",
	"::ffff:0.0.0.00", "::010.0.0.0", "::ffff:256.0.0.0", "::ffff:1.2.3",
	"::ffff:0x0a.0.0.0", "::ffff:1.2.3.4.", "::ffff:.1.2.3",
	"fe80::1%eth0", "fe80::%1", "fe80::1%", "fe80::1%%", "fe80::1%eth0%eth1",
	"fe80::1%eth 0", "fe80::1%eth0/x", "fe80::1%ü", "::ffff:1.2.3.4%eth0", "fd00::%",
	"%eth0", "::%eth0", "fe80::1%25eth0",
	"[fd00::]", "[::1]", "[fd00::", "fd00::]", "[[::1]]",
	"fd00:: ", " fd00::", "fd00::\n", "fd00::\t", "fd 00::", "fd00::\u00a0", "\u00a0fd00::",
	"fd00::\x00", "ｆｄ00::", "fd٠٠::", "fd00::٣", "fd00：：", "fd00::¹",
	"::ffff:１0.0.0.0", "::ffff:10.0.0.٣",
}

// addrOther: odd strings for the address tables.
var addrOther = []string{
	"localhost", "example.com", "abc", "::/0", "0.0.0.0/0", "fd00::/108",
	"10.244.0.0/16", "-", "+", ":", "/", "%", "\x00", " ", "\t", "\n",
	"\u00a0", "null", "<nil>", "invalid IP",
}

// prefixes applied to a few base addresses for ParseCIDR.
var prefixes = []string{
	"/0", "/1", "/8", "/16", "/24", "/31", "/32", "/33", "/64", "/96", "/104",
	"/108", "/112", "/120", "/127", "/128", "/129", "/255", "/256", "/-1", "/-0",
	"/+16", "/+0", "/016", "/0016", "/00000000000016", "/00", "/000", "/0128",
	"/00000000000000000000000000000000000000000000000000000000128",
	"/99999999999999999999", "/4294967312", "/18446744073709551632", "/16777216",
	"/16777215", "/65552",
	"/", "", "//16", "/16/", "/16/16", "/ 16", "/16 ", " /16", "/\t16", "/16\n",
	"/16\x00", "/1 6", "/0x10", "/0x8", "/1e1", "/16.0", "/16.", "/.16", "/16,",
	"/١٦", "/１６", "/¹⁶", "/۱۶", "/16\u00a0", "/\u00a016", "/a", "/sixteen",
	"/16%eth0", "%eth0/16", "\\16", "／16",
}

// prefixBases get the full prefixes list.
var prefixBases = []string{
	"10.244.0.0", "10.244.0.1", "0.0.0.0", "fd00::", "::ffff:10.0.0.0",
	"fe80::1%eth0", "10.96.0.0", "",
}

// cidrExtra are hand-written CIDR inputs.
var cidrExtra = []string{
	// valid canonical
	"10.244.0.0/16", "10.96.0.0/12", "0.0.0.0/0", "255.255.255.255/32", "192.168.0.0/24",
	"172.16.0.0/12", "::/0", "::1/128", "fd00::/108", "fd00::/8", "fd01::/48",
	"2001:db8::/32", "2001:db8:42::/56", "fd00:10:96::/112", "fd00:10:244::/56",
	// host bits / non-canonical
	"10.244.0.1/16", "10.244.255.255/16", "10.96.0.1/12", "fd00::1/108", "fd00::ffff/108",
	"FD00::/108", "Fd00::/108", "fd00:0:0:0:0:0:0:0/108", "fd00:0000::/108",
	"2001:DB8::/32", "2001:0db8::/32",
	"0.0.0.1/0", "255.255.255.255/0", "::1/0", "ffff::/1",
	// no mask / odd
	"10.244.0.0", "fd00::", "/16", "/", "/0", "/64", "10.244.0.0/", "fd00::/",
	"10.244.0.0//16", "10.244.0.0/16/", "10.244.0.0/16/16",
	// prefix ranges
	"10.0.0.0/33", "10.0.0.0/32", "10.0.0.0/-1", "fd00::/129", "fd00::/128",
	"fd00::/-1", "fd00::/+64", "fd00::/064", "fd00::/0064", "fd00::/00000000000064",
	"::ffff:10.0.0.0/104", "::ffff:10.0.0.0/96", "::ffff:10.0.0.0/95", "::ffff:10.0.0.0/128",
	"::ffff:10.0.0.0/129", "::ffff:10.0.0.0/32", "::ffff:10.0.0.0/16", "::ffff:10.0.0.0/0",
	"::ffff:10.0.0.0/8", "::ffff:0.0.0.0/96", "::ffff:0:0/96", "::10.0.0.0/96",
	"::10.0.0.0/104", "64:ff9b::10.0.0.0/120", "64:ff9b::/96",
	"1:2:3:4:5:6:1.2.3.4/128", "1:2:3:4:5:6:7:1.2.3.4/128",
	"::ffff:010.0.0.0/104", "::ffff:10.0.0.01/104",
	"fe80::1%eth0/64", "fe80::%1/64", "fe80::/64%eth0", "fe80::1%/64",
	"[fd00::]/64", "[fd00::/64]", "[fd00::/64", "[10.0.0.0]/8",
	// leading zero octets
	"010.1.2.3/8", "10.01.0.0/16", "00.0.0.0/0", "0.0.0.00/0", "000.000.000.000/0",
	"10.244.000.000/16", "0x0a.0.0.0/8", "012.0.0.0/8",
	// 5-digit groups
	"00001::/64", "1:00000::/64", "fffff::/64", "0000f::/64",
	"1:2:3:4:5:6:7:8/64", "1:2:3:4:5:6:7:8:9/64", "1::2::3/64", ":::/64", "fd00:::/64",
	"::::/64", "fd00::::/64", "1:2:3:4:5:6:7::/64", "::1:2:3:4:5:6:7/64",
	"1:2:3:4:5:6::7:8/64",
	// whitespace etc.
	" 10.244.0.0/16", "10.244.0.0/16 ", "10.244.0.0 /16", "10.244.0.0/ 16",
	"10.244.0.0/16\n", "\t10.244.0.0/16", "10.244.0.0/16\t", "10.244.0.0/16\u00a0",
	"\u00a010.244.0.0/16", "10.244.0.0/16\u200b", "\ufeff10.244.0.0/16",
	"10.244.0.0/16\x00", "10.244.0.0\x00/16", "fd00:: /64", "fd00::/ 64",
	// unicode
	"１０.244.0.0/16", "10.244.0.0/１６", "١٠.٢٤٤.٠.٠/١٦", "10.244.0.0/١٦", "10.244.0.٣/16",
	"10.244.0.0/¹⁶", "10．244．0．0/16", "10.244.0.0／16", "ｆｄ00::/64", "fd00::/６４",
	"10.244.0.0\u2215" + "16", "10.244.0.0\u2044" + "16",
	// signs
	"+10.244.0.0/16", "10.+244.0.0/16", "10.244.0.0/+16", "10.244.0.0/-16", "-10.0.0.0/8",
	// misc
	"10.244.0.0/16/", "10.244.0/16", "10.244/16", "10/8", "10.0.0.0.0/8",
	"10.244.0.0./16", ".10.244.0.0/16", "10.244.0.256/16", "256.0.0.0/8",
	"10.244.0.0:80/16", "10.244.0.0/16:80", "localhost/8", "a/8", "/8/8",
	"10.244.0.0/16,10.245.0.0/16", "10.244.0.0/16 10.245.0.0/16",
	"10.244.0.0/16,fd00::/108",
}

// dnsExtra are inputs for IsDNSName / IsIP (addresses are added too).
var dnsExtra = []string{
	"cluster.local", "cluster.local.", "cluster.local..", ".cluster.local",
	".invalid-cluster-domain", "invalid-cluster-domain.", "cluster.local_", "cluster.local._",
	"cluster.local_.", "cluster_.local", "_cluster.local", "_", "__", "_.", "._", ".", "..",
	"a", "a.", "a_", "a-", "-a", "a-b", "a--b", "xn--mnchen-3ya.de", "xn--", "xn--.de",
	"-a.b", "a-.b", "a.-b", "a.b-", "a.b.-", "a..b", "a...b", "a._b", "a_.b", "a._.b",
	"_a._b", "a.b_", "a.b_c", "a b", " a", "a ", "a\t", "a\n", "cluster.local\n",
	"\ncluster.local", "cluster.local\r", "cluster.local\r\n", "cluster.local\x00",
	"cluster.local\u00a0", "cluster\u00a0local", "CLUSTER.LOCAL", "Cluster.Local",
	"localhost", "localhost.", "LOCALHOST", "localdomain", "k8s", "svc.cluster.local",
	"kubernetes.default.svc.cluster.local", "lb.example.com", "lb.example.com:6443",
	"https://lb.example.com", "lb.example.com/", "*.example.com", "*", "a*b", "a@b",
	"a/b", "a:b", "a%b", "a+b", "a=b", "a,b", "a;b", "a'b", "a\"b", "a\\b", "a~b",
	"münchen.de", "mÜnchen.de", "пример.рф", "例え.テスト", "ａ.example", "ä",
	"123", "1.2.3", "1.2.3.4", "1.2.3.4.5", "1.2.3.4.", "01.2.3.4", "1.2.3.04",
	"256.1.1.1", "999.999.999.999", "0.0.0.0", "0", "00", "1", "1.", "1e1", "0x1",
	"10.96.0.10", "1.2.3.4:80", "::1", "fd00::", "[::1]", "::ffff:1.2.3.4",
	"fe80::1%eth0", "1:2:3:4:5:6:7:8", "a:b:c:d:e:f:a:b", "ab::cd", "abc::",
	"dead:beef::", "cafe::", "face::b00c", "add::", "fd00::/108", "10.0.0.0/8",
	"", " ", "\t", "\x00", "-", "--", "-.-", "a.-", "0-0", "0_0", "_0", "0_",
	"test_host", "my_cluster.local", "_srv._tcp.example.com", "a.b.c.d.e.f.g",
	"example.com.", "example.com..", "example..com", ".example.com", "...",
	"a.b.", "a.b._", "a.b_.", "a.b__", "a.b.__",
	"1-2-3", "1_2_3", "x-", "x_", "-x", "_x",
	"a\u200bb", "a\ufeffb", "a\u00adb", "ﬁ.com", "ᴀ.com",
}

// splitExtra are inputs for net.SplitHostPort.
var splitExtra = []string{
	"host:6443", "lb.example.com:443", "lb.example.com:6443", "1.2.3.4:6443",
	"10.0.0.1:80", "[::1]:6443", "[fd00::1]:6443", "[fe80::1%eth0]:6443",
	"[fe80::1%25eth0]:6443", "[::ffff:1.2.3.4]:443", "[1.2.3.4]:80", "[host]:80",
	"[lb.example.com]:443", "::1", "::1:6443", "fd00::1", "fd00::", "1:2:3:4:5:6:7:8",
	"[::1]", "[::1]:", "[::1]:6443:1", "[::1]x:80", "[::1]]:80", "[[::1]]:80",
	"[::1:80", "::1]:80", "[::1]:80]", "host:80]", "host]:80", "ho]st:80", "ho[st:80",
	"[ho[st]:80", "[ho]st]:80", "[]:80", "[]", "[]:", "[", "]", "[:]", "[:]:80",
	":6443", ":", "::", ":::", "", "host", "host:", "host::", "host:port:extra",
	"a:b:c", "host:80:", ":host:80", "lb.example.com", "lb.example.com:",
	"lb.example.com:https", "lb.example.com:0", "lb.example.com:65535",
	"lb.example.com:65536", "lb.example.com:99999999999999999999",
	"lb.example.com:-1", "lb.example.com:+80", "lb.example.com:0x50", "host: 80",
	"host :80", " host:80", "host:80 ", "host:80\n", "host\n:80", "host:\t80",
	"münchen.de:443", "münchen.de", "host:٨٠", "host:８０", "例え.テスト:443",
	"host:80%eth0", "host%eth0:80", "[host%eth0]:80", "1.2.3.4", "1.2.3.4:",
	"1.2.3.4:80:90", "[1.2.3.4]", "[1.2.3.4]:", "http://host:80", "host:80/",
	"host:80/path", "user@host:80", "[::1]:80/x", "\x00:80", "host:\x00",
	"[\x00]:80", "[ ]:80", "[::1] :80", "[::1]: 80", "host:80:80:80",
	"[fd00::1]:6443:6443", "[fd00::1]6443", "[fd00::1].6443", "fd00::1:6443",
	"lb:6443", "a:", ":a", "[a:b]:c", "[a]:b:c", "[a]b:c",
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

type cidrRow struct {
	In   string `json:"in"`
	OK   bool   `json:"ok"`
	IP   string `json:"ip"`
	Net  string `json:"net"`
	Ones int    `json:"ones"`
	Bits int    `json:"bits"`
	To4  bool   `json:"to4"`
}

type ipRow struct {
	In  string `json:"in"`
	OK  bool   `json:"ok"`
	IP  string `json:"ip"`
	To4 bool   `json:"to4"`
}

type addrRow struct {
	In     string `json:"in"`
	OK     bool   `json:"ok"`
	Is4    bool   `json:"is4"`
	Is6    bool   `json:"is6"`
	Is4in6 bool   `json:"is4in6"`
	Zone   string `json:"zone"`
}

type dnsRow struct {
	In  string `json:"in"`
	DNS bool   `json:"dns"`
	IP  bool   `json:"ip"`
}

type splitRow struct {
	In   string `json:"in"`
	OK   bool   `json:"ok"`
	Host string `json:"host"`
	Port string `json:"port"`
	Err  string `json:"err"`
}

func cidr(s string) cidrRow {
	r := cidrRow{In: s}
	ip, ipnet, err := net.ParseCIDR(s)
	if err != nil {
		return r
	}
	r.OK = true
	r.IP = ip.String()
	r.Net = ipnet.String()
	r.Ones, r.Bits = ipnet.Mask.Size()
	r.To4 = ip.To4() != nil
	return r
}

func parseIP(s string) ipRow {
	r := ipRow{In: s}
	ip := net.ParseIP(s)
	if ip == nil {
		return r
	}
	r.OK = true
	r.IP = ip.String()
	r.To4 = ip.To4() != nil
	return r
}

func parseAddr(s string) addrRow {
	r := addrRow{In: s}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return r
	}
	r.OK = true
	r.Is4 = a.Is4()
	r.Is6 = a.Is6()
	r.Is4in6 = a.Is4In6()
	r.Zone = a.Zone()
	return r
}

func dns(s string) dnsRow {
	return dnsRow{In: s, DNS: govalidator.IsDNSName(s), IP: govalidator.IsIP(s)}
}

func split(s string) splitRow {
	r := splitRow{In: s}
	h, p, err := net.SplitHostPort(s)
	if err != nil {
		r.Err = err.Error()
		return r
	}
	r.OK = true
	r.Host = h
	r.Port = p
	return r
}

// ---------------------------------------------------------------------------
// Input assembly
// ---------------------------------------------------------------------------

type list struct {
	seen map[string]bool
	out  []string
}

func (l *list) add(ss ...string) {
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	for _, s := range ss {
		if !utf8.ValidString(s) {
			panic(fmt.Sprintf("input %q is not valid UTF-8", s))
		}
		if l.seen[s] {
			continue
		}
		l.seen[s] = true
		l.out = append(l.out, s)
	}
}

func rep(s string, n int) string { return strings.Repeat(s, n) }

// label returns an n-char DNS label made of 'a'..'z' (a deterministic mix).
func label(n int, c byte) string { return strings.Repeat(string(c), n) }

func longAddrInputs() []string {
	return []string{
		rep("1", 1000),
		rep("1.", 500),
		rep("0", 1000) + "1.2.3.4",
		"1.2.3." + rep("0", 1000) + "4",
		rep("0:", 400) + "0",
		"fd00:" + rep("0", 1000) + "::",
		"::" + rep("f", 1000),
		"fe80::1%" + rep("e", 1000),
		"::ffff:" + rep("1", 1000) + ".0.0.0",
		rep(":", 1000),
	}
}

func longCIDRInputs() []string {
	return []string{
		rep("1", 1000) + "/8",
		"10.0.0.0/" + rep("0", 1000) + "8",
		"10.0.0.0/" + rep("9", 1000),
		"fd00::/" + rep("0", 1000) + "64",
		rep("0", 990) + "10.0.0.0/8",
		"fe80::1%" + rep("e", 1000) + "/64",
		"10.0.0.0/" + rep("/", 1000),
		rep("10.0.0.0/8", 100),
	}
}

func longDNSInputs() []string {
	l63 := label(63, 'a')
	l64 := label(64, 'a')
	var out []string
	out = append(out, l63, l64, l63+".com", l64+".com", "a."+l63, "a."+l64,
		l63+".", l64+".", label(62, 'b')+"-", "-"+label(62, 'b'), label(63, '_'), label(62, 'c')+"_",
		label(63, '1'), label(64, '1'))
	// Total non-dot length around the 255 limit: four 63-char labels
	// (252 chars) plus a fifth label of k chars.
	for k := 1; k <= 5; k++ {
		base := strings.Join([]string{l63, l63, l63, l63, label(k, 'z')}, ".")
		out = append(out, base, base+".")
	}
	// Total length (counting dots) of exactly 253..256 with short labels:
	// labels of 1 char separated by dots.
	for _, total := range []int{253, 254, 255, 256, 257} {
		s := strings.Repeat("a.", (total+1)/2)
		s = s[:total]
		if strings.HasSuffix(s, ".") {
			s = s[:len(s)-1] + "b" // keep the length, no trailing dot
		}
		out = append(out, s)
	}
	// 255/256/257 non-dot chars across labels of 51 chars (5 labels = 255).
	for extra := 0; extra <= 2; extra++ {
		parts := []string{label(51, 'a'), label(51, 'b'), label(51, 'c'), label(51, 'd'), label(51+extra, 'e')}
		s := strings.Join(parts, ".")
		out = append(out, s, s+".", s+"_", s+"._")
	}
	// Many dots do not count toward 255.
	out = append(out, strings.Repeat("a.", 300)+"a", strings.Repeat("ab.", 128)+"a",
		rep("a", 255), rep("a", 256), rep("a", 1000))
	return out
}

func longSplitInputs() []string {
	return []string{
		rep("a", 1000) + ":80",
		"host:" + rep("9", 1000),
		"[" + rep(":", 1000) + "]:80",
		rep(":", 1000),
		rep("[", 500) + rep("]", 500),
	}
}

func cidrInputs() []string {
	var l list
	l.add(cidrExtra...)
	for _, b := range prefixBases {
		for _, p := range prefixes {
			l.add(b + p)
		}
	}
	for _, a := range v4Addrs {
		l.add(a+"/8", a+"/32")
	}
	for _, a := range v6Addrs {
		l.add(a+"/64", a+"/128")
	}
	for _, a := range addrOther {
		l.add(a + "/8")
	}
	l.add(longCIDRInputs()...)
	return l.out
}

func addrInputs() []string {
	var l list
	l.add(v4Addrs...)
	l.add(v6Addrs...)
	l.add(addrOther...)
	l.add(longAddrInputs()...)
	return l.out
}

func dnsInputs() []string {
	var l list
	l.add(dnsExtra...)
	l.add(longDNSInputs()...)
	l.add(v4Addrs...)
	l.add(v6Addrs...)
	l.add(addrOther...)
	return l.out
}

func splitInputs() []string {
	var l list
	l.add(splitExtra...)
	l.add(longSplitInputs()...)
	// address-like strings, and each address with a :6443 suffix, with and
	// without brackets.
	for _, a := range append(append([]string{}, v4Addrs...), v6Addrs...) {
		l.add(a+":6443", "["+a+"]:6443")
	}
	for _, a := range v6Addrs {
		l.add(a)
	}
	return l.out
}

// ---------------------------------------------------------------------------

func write[T any](dir, name string, ins []string, f func(string) T) {
	path := filepath.Join(dir, name)
	fh, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(fh)
	enc := json.NewEncoder(w) // Encode appends '\n'; one object per line
	enc.SetEscapeHTML(false)  // keep <, >, & literal; control chars etc. are still escaped
	for _, s := range ins {
		if err := enc.Encode(f(s)); err != nil {
			panic(err)
		}
	}
	if err := w.Flush(); err != nil {
		panic(err)
	}
	if err := fh.Close(); err != nil {
		panic(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d rows\n", path, len(ins))
}

func main() {
	out := flag.String("out", ".", "output directory")
	flag.Parse()
	fmt.Fprintf(os.Stderr, "generator built with %s\n", runtime.Version())
	if govalidator.DNSName != dnsNamePattern {
		panic("govalidator.DNSName differs from the pattern at a9d515a09cc2: " + govalidator.DNSName)
	}
	write(*out, "go-parsecidr.jsonl", cidrInputs(), cidr)
	write(*out, "go-parseip.jsonl", addrInputs(), parseIP)
	write(*out, "go-parseaddr.jsonl", addrInputs(), parseAddr)
	write(*out, "go-dnsname.jsonl", dnsInputs(), dns)
	write(*out, "go-splithostport.jsonl", splitInputs(), split)
}
