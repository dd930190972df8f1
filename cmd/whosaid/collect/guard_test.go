package collect

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestClassify checks the address classes the guard refuses, and public
// addresses it lets through, without connecting anywhere.
func TestClassify(t *testing.T) {
	tests := []struct {
		ip, why string // why: a word of the class, "" for public
	}{
		{"127.0.0.1", "loopback"},
		{"127.255.0.9", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.168.1.1", "private"},
		{"::ffff:192.168.1.1", "private"},
		{"fd00:ec2::254", "private"}, // AWS's IPv6 metadata endpoint
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"100.100.100.200", "metadata"}, // Alibaba's metadata endpoint
		{"168.63.129.16", "metadata"},   // Azure's host endpoint
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"0.1.2.3", "network"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "broadcast"},
		{"240.0.0.1", "reserved"},
		{"64:ff9b::a9fe:a9fe", "link-local"}, // NAT64 of 169.254.169.254
		{"2002:7f00:1::1", "loopback"},       // 6to4 of 127.0.0.1
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"172.32.0.1", ""},       // just past 172.16.0.0/12
		{"100.128.0.1", ""},      // just past 100.64.0.0/10
		{"169.255.0.1", ""},      // just past 169.254.0.0/16
		{"64:ff9b::808:808", ""}, // NAT64 of 8.8.8.8
		{"2001:4860:4860::8888", ""},
	}
	for _, tt := range tests {
		got := classify(netip.MustParseAddr(tt.ip))
		if (tt.why == "") != (got == "") || !strings.Contains(got, tt.why) {
			t.Errorf("classify(%s) = %q, want %q", tt.ip, got, tt.why)
		}
	}
}

// countingServer is a loopback server that counts its requests.
type countingServer struct {
	srv  *http.Server
	url  string
	hits chan string
}

func newCountingServer(t *testing.T, h http.HandlerFunc) *countingServer {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &countingServer{url: "http://" + ln.Addr().String(), hits: make(chan string, 100)}
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits <- r.URL.Path
		h(w, r)
	})}
	go s.srv.Serve(ln)
	t.Cleanup(func() { s.srv.Close() })
	return s
}

func (s *countingServer) port() string { return s.url[strings.LastIndexByte(s.url, ':')+1:] }

func guardCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestGuardRefusesLoopback: with the switch off (the default), /add of a
// loopback address, by IP or by a name resolving to it, and a feed on it,
// are refused with a message naming the switch and never reach the
// server; with the switch on they are fetched.
func TestGuardRefusesLoopback(t *testing.T) {
	srv := newCountingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(rss("", [2]string{"One", "http://127.0.0.1:1/a"})))
			return
		}
		htmlPage(article("Loopback page"))(w, r)
	})
	for _, allow := range []bool{false, true} {
		saver, state := &memSaver{}, newMemState()
		c := New(saver, state, Options{AllowPrivate: allow, Timeout: 5 * time.Second, Now: newClock().Now,
			Feeds: []Feed{{URL: srv.url + "/feed"}}})
		for _, u := range []string{srv.url + "/page", "http://localhost:" + srv.port() + "/page"} {
			_, err := c.AddURL(guardCtx(t), u)
			switch {
			case !allow && (err == nil || !strings.Contains(err.Error(), "is a loopback address (sources.allow_private_addresses: true allows it)")):
				t.Errorf("switch off, /add %s: %v", u, err)
			case allow && err != nil:
				t.Errorf("switch on, /add %s: %v", u, err)
			}
		}
		_, err := c.Collect(guardCtx(t))
		if !allow && (err == nil || !strings.Contains(err.Error(), "loopback")) {
			t.Errorf("switch off, feed: %v", err)
		}
		if want := map[bool]int{false: 0, true: 3}[allow]; len(srv.hits) != want {
			t.Errorf("switch %v: the server had %d requests, want %d", allow, len(srv.hits), want)
		}
		for len(srv.hits) > 0 {
			<-srv.hits
		}
	}
}

// TestGuardOnRedirect: a redirect, or a feed item link, to a refused
// address is refused on the dial, by IP and by name. The server standing
// for the public internet is a loopback port the test's check lets
// through; everything else is judged as in production.
func TestGuardOnRedirect(t *testing.T) {
	inside := newCountingServer(t, htmlPage(article("Inside page")))
	var public *countingServer
	public = newCountingServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-ip":
			http.Redirect(w, r, inside.url+"/secret", http.StatusFound)
		case "/to-name":
			http.Redirect(w, r, "http://localhost:"+inside.port()+"/secret", http.StatusMovedPermanently)
		case "/hop":
			http.Redirect(w, r, public.url+"/to-ip", http.StatusFound)
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(rss("", [2]string{"Fine", public.url + "/ok"}, [2]string{"Inside", inside.url + "/secret"})))
		default:
			htmlPage(article("Public page"))(w, r)
		}
	})
	publicAddr := netip.MustParseAddrPort(strings.TrimPrefix(public.url, "http://"))
	check := func(ap netip.AddrPort) string {
		if ap == publicAddr {
			return ""
		}
		return publicOnly(ap)
	}
	saver, state := &memSaver{}, newMemState()
	c := New(saver, state, Options{Client: newHTTPClient(5*time.Second, check), Now: newClock().Now,
		Feeds: []Feed{{URL: public.url + "/feed"}}})
	if _, err := c.AddURL(guardCtx(t), public.url+"/ok"); err != nil {
		t.Errorf("the public page: %v", err)
	}
	for _, path := range []string{"/to-ip", "/to-name", "/hop"} {
		_, err := c.AddURL(guardCtx(t), public.url+path)
		if err == nil || !strings.Contains(err.Error(), "127.0.0.1 is a loopback address") {
			t.Errorf("redirect %s: %v", path, err)
		}
	}
	// The inside item's page is refused for good: the item is kept from
	// the text the feed carries, as for any page that cannot be had.
	if _, err := c.Collect(guardCtx(t)); err != nil {
		t.Errorf("feed: %v", err)
	}
	saver.mu.Lock()
	for _, cl := range saver.order {
		if strings.Contains(cl.Text, "Inside page") {
			t.Errorf("the inside page was stored from %s", cl.Path)
		}
	}
	saver.mu.Unlock()
	if len(inside.hits) != 0 {
		t.Errorf("the inside server had %d requests", len(inside.hits))
	}
}

// TestGuardThroughProxy: a proxy the operator configured is used even on
// loopback, and a request through it for a refused address is stopped
// before it reaches the proxy. 127.0.0.2 stands for a public site (the
// test's check lets it through); the proxy answers for it.
func TestGuardThroughProxy(t *testing.T) {
	proxy := newCountingServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("via proxy for " + r.Host))
	})
	check := func(ap netip.AddrPort) string {
		if ap.Addr() == netip.MustParseAddr("127.0.0.2") {
			return ""
		}
		return publicOnly(ap)
	}
	proxyURL, _ := url.Parse(proxy.url)
	tr := &http.Transport{Proxy: http.ProxyURL(proxyURL)} // as NewHTTPClient's, with a set proxy
	guardedTransport(tr, &net.Dialer{Timeout: 5 * time.Second}, check)
	client := &http.Client{Transport: tr, Timeout: 5 * time.Second}

	resp, err := client.Get("http://127.0.0.2:8080/page")
	if err != nil {
		t.Fatalf("through the proxy: %v", err)
	}
	resp.Body.Close()
	if _, err := client.Get("http://127.0.0.1:8080/secret"); err == nil || !strings.Contains(err.Error(), "127.0.0.1 is a loopback address") {
		t.Errorf("a loopback target through the proxy: %v", err)
	}
	if len(proxy.hits) != 1 {
		t.Errorf("the proxy had %d requests, want 1", len(proxy.hits))
	}
}
