package daemon

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/whosaid/whosaid/digest"
)

// metrics are the daemon's Prometheus metrics, on a registry of its own
// (never the global one) so that tests can run several Apps.
type metrics struct {
	reg           *prometheus.Registry
	ingested      *prometheus.CounterVec // clippings by result: new, duplicate
	statements    prometheus.Counter
	collectErrors prometheus.Counter
	digests       prometheus.Counter
	lastDigest    prometheus.Gauge
}

// statsSource gives the counts read at scrape time.
type statsSource interface {
	Stats(ctx context.Context) (digest.Stats, error)
}

// senderStats gives the sender's counters at scrape time.
type senderStats struct {
	sent, failed, tooMany, queued func() float64
}

func newMetrics(st statsSource, sender senderStats) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.ingested = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "whosaid_clippings_ingested_total", Help: "Clippings taken in, by result (new, duplicate).",
	}, []string{"result"})
	m.ingested.WithLabelValues("new")
	m.ingested.WithLabelValues("duplicate")
	m.statements = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "whosaid_statements_ingested_total", Help: "Statements stored from clippings taken in by this process.",
	})
	m.collectErrors = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "whosaid_collect_errors_total", Help: "Collection runs in which some source failed.",
	})
	m.digests = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "whosaid_digests_made_total", Help: "Digests written to the outbox.",
	})
	m.lastDigest = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "whosaid_last_digest_timestamp_seconds", Help: "When this process last wrote a digest to the outbox (Unix time).",
	})
	cached := &statsCache{src: st, ttl: 5 * time.Second}
	stat := func(f func(digest.Stats) float64) func() float64 {
		return func() float64 { return f(cached.get()) }
	}
	m.reg.MustRegister(m.ingested, m.statements, m.collectErrors, m.digests, m.lastDigest,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_statements", Help: "Statements in the store."},
			stat(func(s digest.Stats) float64 { return float64(s.Statements) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_clippings", Help: "Clippings in the store."},
			stat(func(s digest.Stats) float64 { return float64(s.Clippings) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_chats_receiving", Help: "Subscribed, active chats."},
			stat(func(s digest.Stats) float64 { return float64(s.Chats) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_outbox_pending", Help: "Outbox messages waiting to be sent (queue depth)."},
			stat(func(s digest.Stats) float64 { return float64(s.MessagesPending) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_outbox_failed", Help: "Outbox messages that could not be delivered."},
			stat(func(s digest.Stats) float64 { return float64(s.MessagesFailed) })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_store_last_digest_timestamp_seconds", Help: "The newest digest in the store (Unix time)."},
			stat(func(s digest.Stats) float64 {
				if s.LastDigest.IsZero() {
					return 0
				}
				return float64(s.LastDigest.Unix())
			})),
	)
	if sender.sent != nil {
		m.reg.MustRegister(
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "whosaid_messages_sent_total", Help: "Messages Telegram accepted."}, sender.sent),
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "whosaid_messages_failed_total", Help: "Messages that could not be delivered."}, sender.failed),
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "whosaid_telegram_429_total", Help: "429 Too Many Requests answers from Telegram."}, sender.tooMany),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "whosaid_sender_queue", Help: "Messages queued in the sender."}, sender.queued),
		)
	}
	return m
}

// saved records one clipping taken in.
func (m *metrics) saved(res digest.SaveResult) {
	if res.Duplicate {
		m.ingested.WithLabelValues("duplicate").Inc()
		return
	}
	m.ingested.WithLabelValues("new").Inc()
	m.statements.Add(float64(res.Statements))
}

// statsCache reads the store's counts at most once per ttl, so that a
// scrape reading six of them costs one query.
type statsCache struct {
	src statsSource
	ttl time.Duration

	mu   sync.Mutex
	at   time.Time
	last digest.Stats
}

func (c *statsCache) get() digest.Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.at) < c.ttl {
		return c.last
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if st, err := c.src.Stats(ctx); err == nil {
		c.last, c.at = st, time.Now()
	}
	return c.last
}
