package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// maxRedirects is how many redirects one fetch follows.
const maxRedirects = 5

// errRedirects stops a redirect loop.
var errRedirects = fmt.Errorf("more than %d redirects", maxRedirects)

// NewHTTPClient returns the client every fetch goes through: timeouts on
// connecting, TLS, headers and the whole exchange, and at most maxRedirects
// redirects. Go's transport asks for gzip and decompresses it. Unless
// allowPrivate, it connects only to public addresses (guard.go): not to
// loopback, private, link-local or metadata addresses, checked on the
// address dialled, for every redirect too.
func NewHTTPClient(timeout time.Duration, allowPrivate bool) *http.Client {
	if allowPrivate {
		return newHTTPClient(timeout, nil)
	}
	return newHTTPClient(timeout, publicOnly)
}

// newHTTPClient is NewHTTPClient with the address check check (nil: none).
func newHTTPClient(timeout time.Duration, check func(netip.AddrPort) string) *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   2,
	}
	if check != nil {
		guardedTransport(tr, dialer, check)
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return errRedirects
			}
			return nil
		},
	}
}

// fetchError is a failed fetch: Permanent when retrying the same URL will
// not help (404, too large, not a page), RetryAfter when the server asked
// for a pause.
type fetchError struct {
	URL        string
	Msg        string
	Permanent  bool
	RetryAfter time.Duration
	Err        error
}

func (e *fetchError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Msg, e.Err)
	}
	return fmt.Sprintf("fetch %s: %s", e.URL, e.Msg)
}

func (e *fetchError) Unwrap() error { return e.Err }

// permanent reports whether err is a fetch error that retrying will not fix.
func permanent(err error) bool {
	var fe *fetchError
	return errors.As(err, &fe) && fe.Permanent
}

// response is a fetched body with what matters of its headers.
type response struct {
	url          string // final URL after redirects
	status       int
	body         []byte
	contentType  string
	etag         string
	lastModified string
}

// fetch GETs rawURL with the collector's limits. cond, when set, makes the
// request conditional; a 304 comes back as a response with status 304 and
// no body. Bodies over max bytes are refused after reading at most max+1
// bytes, whatever the server claims.
func (c *Collector) fetch(ctx context.Context, rawURL string, max int64, etag, lastModified string) (*response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, &fetchError{URL: rawURL, Msg: "bad URL", Permanent: true, Err: err}
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		var be *blockedError
		if errors.As(err, &be) {
			return nil, &fetchError{URL: rawURL, Msg: be.Error(), Permanent: true}
		}
		return nil, &fetchError{URL: rawURL, Msg: "request failed", Err: err, Permanent: errors.Is(err, errRedirects)}
	}
	defer resp.Body.Close()
	r := &response{url: resp.Request.URL.String(), status: resp.StatusCode,
		contentType: resp.Header.Get("Content-Type"), etag: resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return r, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		return nil, &fetchError{URL: rawURL, Msg: resp.Status, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), c.opts.Now())}
	case resp.StatusCode >= 500:
		return nil, &fetchError{URL: rawURL, Msg: resp.Status}
	case resp.StatusCode == http.StatusRequestTimeout:
		return nil, &fetchError{URL: rawURL, Msg: resp.Status}
	case resp.StatusCode >= 300:
		return nil, &fetchError{URL: rawURL, Msg: resp.Status, Permanent: true}
	}
	if resp.ContentLength > max {
		return nil, &fetchError{URL: rawURL, Msg: fmt.Sprintf("too large: %d bytes, the limit is %d", resp.ContentLength, max), Permanent: true}
	}
	r.body, err = io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, &fetchError{URL: rawURL, Msg: "reading body", Err: err}
	}
	if int64(len(r.body)) > max {
		return nil, &fetchError{URL: rawURL, Msg: fmt.Sprintf("too large: over %d bytes", max), Permanent: true}
	}
	return r, nil
}

// fetchPage fetches an article page: HTML or plain text within the page
// size limit.
func (c *Collector) fetchPage(ctx context.Context, rawURL string) (*response, error) {
	r, err := c.fetch(ctx, rawURL, c.opts.MaxPageBytes, "", "")
	if err != nil {
		return nil, err
	}
	if r.status == http.StatusNotModified {
		return nil, &fetchError{URL: rawURL, Msg: "unexpected 304", Permanent: true}
	}
	if mt, _, _ := mime.ParseMediaType(r.contentType); r.contentType != "" &&
		mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" {
		return nil, &fetchError{URL: rawURL, Msg: fmt.Sprintf("not a page: %s", mt), Permanent: true}
	}
	return r, nil
}

// retryAfter parses a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// checkURL returns an EINVALID error unless s is an absolute http(s) URL.
func checkURL(s string) error {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return digest.Errorf(digest.EINVALID, "%q is not an http or https link", s)
	}
	return nil
}

// userError turns a fetch failure into a message an admin can act on.
func userError(rawURL string, err error) error {
	var fe *fetchError
	if !errors.As(err, &fe) {
		return err
	}
	msg := fe.Msg
	var ne net.Error
	if errors.As(fe.Err, &ne) && ne.Timeout() || errors.Is(fe.Err, context.DeadlineExceeded) {
		msg = "timed out"
	} else if fe.Err != nil && msg == "request failed" {
		msg = "could not be fetched"
	}
	return digest.Errorf(digest.EINVALID, "%s: %s", rawURL, msg)
}
