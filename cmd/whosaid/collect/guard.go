package collect

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"sync"
	"syscall"
)

// Fetching a page or feed on an admin's word (/add) or a feed's (its item
// links) must not reach the machine's own services, the local network or a
// cloud's metadata endpoint. The check is made on the address actually
// dialled, after DNS resolution, for the first request and every redirect
// alike, so neither a hostname pointing inside nor a DNS answer that
// changes between a check and the connection gets through.

// blockedError is a fetch refused because its address is not public.
type blockedError struct {
	addr netip.Addr
	why  string
}

func (e *blockedError) Error() string {
	return fmt.Sprintf("refused: %s is a %s address (sources.allow_private_addresses: true allows it)", e.addr, e.why)
}

// nonPublic lists the ranges netip's predicates leave out, with their names.
var nonPublic = []struct {
	prefix netip.Prefix
	why    string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "\"this network\""},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT, cloud metadata)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("168.63.129.16/32"), "cloud metadata"}, // Azure's host endpoint
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("100::/64"), "discard"},
}

// classify returns why ip may not be fetched, or "" for a public address.
// IPv4 inside IPv6 (mapped, NAT64, 6to4) is judged by its IPv4 address.
func classify(ip netip.Addr) string {
	ip = ip.Unmap()
	if ip.Is6() {
		b := ip.As16()
		switch {
		case netip.MustParsePrefix("64:ff9b::/96").Contains(ip), netip.MustParsePrefix("64:ff9b:1::/48").Contains(ip):
			if why := classify(netip.AddrFrom4([4]byte(b[12:16]))); why != "" {
				return why
			}
		case netip.MustParsePrefix("2002::/16").Contains(ip):
			if why := classify(netip.AddrFrom4([4]byte(b[2:6]))); why != "" {
				return why
			}
		}
	}
	switch {
	case !ip.IsValid():
		return "invalid"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast():
		return "link-local (cloud metadata)"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	case ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, r := range nonPublic {
		if r.prefix.Contains(ip) {
			return r.why
		}
	}
	return ""
}

// guardControl returns a net.Dialer Control hook that refuses the
// addresses check names a reason for. It runs after resolution, on the
// address about to be connected to.
func guardControl(check func(netip.AddrPort) string) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("refused: cannot read the address %q: %w", address, err)
		}
		if why := check(ap); why != "" {
			return &blockedError{addr: ap.Addr().Unmap(), why: why}
		}
		return nil
	}
}

// publicOnly is the check of the guarded client: an address's class.
func publicOnly(ap netip.AddrPort) string { return classify(ap.Addr()) }

// guardedTransport sets up tr so that it connects only to addresses check
// passes. A proxy from the environment is the operator's choice and is
// dialled without the check; a request sent through it has its host
// resolved and checked first (the proxy resolves it again: a best effort).
func guardedTransport(tr *http.Transport, dialer *net.Dialer, check func(netip.AddrPort) string) {
	guarded := *dialer
	guarded.Control = guardControl(check)
	var proxies sync.Map // host:port of proxies in use
	envProxy := tr.Proxy
	tr.Proxy = func(req *http.Request) (*url.URL, error) {
		if envProxy == nil {
			return nil, nil
		}
		p, err := envProxy(req)
		if p == nil || err != nil {
			return p, err
		}
		proxies.Store(canonicalAddr(p), true)
		if err := checkHost(req.Context(), canonicalAddr(req.URL), check); err != nil {
			return nil, err
		}
		return p, nil
	}
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if _, ok := proxies.Load(addr); ok {
			return dialer.DialContext(ctx, network, addr)
		}
		return guarded.DialContext(ctx, network, addr)
	}
}

// canonicalAddr is the host:port a transport dials for proxy URL u.
func canonicalAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443", "socks5": "1080", "socks5h": "1080"}[u.Scheme]
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// checkHost resolves the host of hostPort and refuses it if check names a
// reason against any of its addresses.
func checkHost(ctx context.Context, hostPort string, check func(netip.AddrPort) string) error {
	host, portText, err := net.SplitHostPort(hostPort)
	if err != nil {
		return err
	}
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return fmt.Errorf("bad port in %q", hostPort)
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else if ips, err = net.DefaultResolver.LookupNetIP(ctx, "ip", host); err != nil {
		return err
	}
	for _, ip := range ips {
		if why := check(netip.AddrPortFrom(ip, uint16(port))); why != "" {
			return &blockedError{addr: ip.Unmap(), why: why}
		}
	}
	return nil
}
