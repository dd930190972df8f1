// Package config reads whosaid's YAML configuration: defaults first, then
// the file decoded over them, then secrets from the environment, then
// validation. Every error names the key and, when it came from the file, the
// line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/bot"
	"go.yaml.in/yaml/v3"
)

// TokenEnv is the environment variable that overrides telegram.token.
const TokenEnv = "TELEGRAM_BOT_TOKEN"

// Config is the whole configuration of `whosaid run`.
type Config struct {
	Telegram Telegram `yaml:"telegram"`
	Database Database `yaml:"database"`
	Sources  Sources  `yaml:"sources"`
	Digest   Digest   `yaml:"digest"`
	Limits   Limits   `yaml:"limits"`
	HTTP     HTTP     `yaml:"http"`
	Log      Log      `yaml:"log"`
}

// Telegram is how the bot reaches the Bot API.
type Telegram struct {
	Token       string        `yaml:"token"`
	APIURL      string        `yaml:"api_url"`
	Admins      []int64       `yaml:"admins"`
	Webhook     Webhook       `yaml:"webhook"`
	PollTimeout time.Duration `yaml:"poll_timeout"`
}

// Webhook configures receiving updates by webhook instead of long polling.
type Webhook struct {
	Listen      string `yaml:"listen"`
	URL         string `yaml:"url"`
	SecretToken string `yaml:"secret_token"`
}

// Database is where the SQLite file lives.
type Database struct {
	Path string `yaml:"path"`
}

// Sources are where clippings come from and how they are fetched.
type Sources struct {
	CollectEvery time.Duration `yaml:"collect_every"`
	Inbox        []string      `yaml:"inbox"`
	Feeds        []Feed        `yaml:"feeds"`
	UserAgent    string        `yaml:"user_agent"`
	FetchTimeout time.Duration `yaml:"fetch_timeout"`
	MaxFeedBytes int64         `yaml:"max_feed_bytes"`
	MaxPageBytes int64         `yaml:"max_page_bytes"`
	MaxBackoff   time.Duration `yaml:"max_backoff"`
	// AllowPrivateAddresses lets feeds and /add reach loopback, private,
	// link-local and metadata addresses.
	AllowPrivateAddresses bool `yaml:"allow_private_addresses"`
}

// Feed is one RSS, Atom or JSON feed.
type Feed struct {
	URL   string        `yaml:"url"`
	Every time.Duration `yaml:"every"` // 0: sources.collect_every
}

// Digest holds the defaults for new chats and the digest's length.
type Digest struct {
	Time       string `yaml:"time"`
	Timezone   string `yaml:"timezone"`
	MaxEntries int    `yaml:"max_entries"`
	NothingNew bool   `yaml:"nothing_new"`
}

// Limits are Telegram's documented sending limits.
type Limits struct {
	GlobalPerSecond float64 `yaml:"global_per_second"`
	ChatPerSecond   float64 `yaml:"chat_per_second"`
	GroupPerMinute  float64 `yaml:"group_per_minute"`
	// InFlight is how many messages may be in flight at once. A crash can
	// repeat at most these (one per chat); 1 makes it at most one message.
	InFlight int `yaml:"in_flight"`
}

// HTTP is the local listener for /healthz and /metrics.
type HTTP struct {
	Listen string `yaml:"listen"`
	// Debug adds /debug/now and /debug/digests for end-to-end tests. Never
	// turn it on where others can reach the listener.
	Debug bool `yaml:"debug"`
}

// Log configures log/slog.
type Log struct {
	Level  string `yaml:"level"`
	Format string `yaml:"format"` // auto (text on a terminal, JSON otherwise), text, json
}

// DefaultConfig returns the configuration used for every key the file leaves
// out. config.example.yaml shows the same values.
func DefaultConfig() Config {
	return Config{
		Telegram: Telegram{
			APIURL:      "https://api.telegram.org",
			Admins:      []int64{},
			PollTimeout: 50 * time.Second,
		},
		Database: Database{Path: "whosaid.db"},
		Sources: Sources{
			CollectEvery: 5 * time.Minute,
			Inbox:        []string{"inbox"},
			Feeds:        []Feed{},
			UserAgent:    "whosaid/1.0 (+https://github.com/whosaid/whosaid)",
			FetchTimeout: 30 * time.Second,
			MaxFeedBytes: 10 << 20,
			MaxPageBytes: 5 << 20,
			MaxBackoff:   6 * time.Hour,
		},
		Digest: Digest{Time: "08:00", Timezone: "UTC", MaxEntries: 12},
		Limits: Limits{GlobalPerSecond: 30, ChatPerSecond: 1, GroupPerMinute: 20, InFlight: 8},
		HTTP:   HTTP{Listen: "127.0.0.1:9090"},
		Log:    Log{Level: "info", Format: "auto"},
	}
}

// FieldError is a problem with one key of the configuration.
type FieldError struct {
	Key  string // dotted path: "sources.feeds[1].every"
	Line int    // line in the file, 0 when not known
	Msg  string
}

// Error implements error.
func (e *FieldError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s: %s", e.Line, e.Key, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Key, e.Msg)
}

// Load reads the file at path over DefaultConfig, applies the environment
// (getenv may be nil: os.Getenv) and validates the result. Its errors name
// the file, the line and the key.
func Load(path string, getenv func(string) string) (Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, fmt.Errorf("config: %s: no such file; copy config.example.yaml there and edit it, or pass -config FILE", path)
	}
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	cfg, err := Parse(data, getenv)
	if err != nil {
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}

// Parse is Load for the bytes of a file.
func Parse(data []byte, getenv func(string) string) (Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg := DefaultConfig()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return Config{}, err
	}
	lines := keyLines(&root)
	if len(bytes.TrimSpace(data)) > 0 {
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&cfg); err != nil {
			return Config{}, explain(err, lines)
		}
	}
	if tok := getenv(TokenEnv); tok != "" {
		cfg.Telegram.Token = tok
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, withLines(err, lines)
	}
	return cfg, nil
}

// keyLines maps each line of the file that holds a key or a value to the
// dotted key it belongs to, and each dotted key to its line.
type lineIndex struct {
	byLine map[int]string
	byKey  map[string]int
}

func keyLines(root *yaml.Node) lineIndex {
	idx := lineIndex{byLine: map[int]string{}, byKey: map[string]int{}}
	var walk func(n *yaml.Node, key string)
	walk = func(n *yaml.Node, key string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, key)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				sub := k.Value
				if key != "" {
					sub = key + "." + k.Value
				}
				idx.byKey[sub] = k.Line
				idx.byLine[k.Line] = sub
				walk(v, sub)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				sub := fmt.Sprintf("%s[%d]", key, i)
				idx.byKey[sub] = c.Line
				if _, ok := idx.byLine[c.Line]; !ok {
					idx.byLine[c.Line] = sub
				}
				walk(c, sub)
			}
		default:
			if _, ok := idx.byLine[n.Line]; !ok {
				idx.byLine[n.Line] = key
			}
		}
	}
	walk(root, "")
	return idx
}

var yamlLine = regexp.MustCompile(`^line (\d+): (.*)$`)

// explain rewrites the decoder's "line N: ..." errors to name the key too.
func explain(err error, idx lineIndex) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return err
	}
	var errs []error
	for _, e := range te.Errors {
		m := yamlLine.FindStringSubmatch(e)
		if m == nil {
			errs = append(errs, errors.New(e))
			continue
		}
		n, _ := strconv.Atoi(m[1])
		key := idx.byLine[n]
		if key == "" {
			key = "(top level)"
		}
		errs = append(errs, &FieldError{Key: key, Line: n, Msg: m[2]})
	}
	return errors.Join(errs...)
}

// withLines fills in the line of every FieldError in err from the file.
func withLines(err error, idx lineIndex) error {
	var out []error
	for _, e := range unjoin(err) {
		var fe *FieldError
		if errors.As(e, &fe) && fe.Line == 0 {
			key := fe.Key
			for key != "" {
				if l, ok := idx.byKey[key]; ok {
					fe.Line = l
					break
				}
				key = parentKey(key)
			}
		}
		out = append(out, e)
	}
	return errors.Join(out...)
}

func parentKey(key string) string {
	if i := strings.LastIndexAny(key, ".["); i > 0 {
		return key[:i]
	}
	return ""
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Validate checks every setting and returns all problems found, each a
// *FieldError naming its key.
func (c *Config) Validate() error {
	var errs []error
	// Messages quote values (api_url may hold the token): scrub them.
	scrub := bot.NewScrubber(c.Telegram.Token, c.Telegram.Webhook.SecretToken)
	bad := func(key, format string, args ...any) {
		errs = append(errs, &FieldError{Key: key, Msg: scrub.String(fmt.Sprintf(format, args...))})
	}
	if c.Telegram.Token == "" {
		bad("telegram.token", "empty: set %s or telegram.token", TokenEnv)
	}
	if !validURL(c.Telegram.APIURL) {
		bad("telegram.api_url", "%q is not an http(s) URL", c.Telegram.APIURL)
	}
	if c.Telegram.PollTimeout < 0 {
		bad("telegram.poll_timeout", "must not be negative")
	}
	wh := c.Telegram.Webhook
	if (wh.Listen == "") != (wh.URL == "") {
		bad("telegram.webhook", "listen and url go together: set both or neither")
	}
	if wh.URL != "" && !validURL(wh.URL) {
		bad("telegram.webhook.url", "%q is not an http(s) URL", wh.URL)
	}
	if wh.Listen != "" && !validAddr(wh.Listen) {
		bad("telegram.webhook.listen", "%q is not host:port", wh.Listen)
	}
	if c.Database.Path == "" {
		bad("database.path", "empty")
	}
	s := c.Sources
	if s.CollectEvery < time.Second {
		bad("sources.collect_every", "%v is too short: at least 1s", s.CollectEvery)
	}
	for i, dir := range s.Inbox {
		if strings.TrimSpace(dir) == "" {
			bad(fmt.Sprintf("sources.inbox[%d]", i), "empty folder name")
		}
	}
	for i, f := range s.Feeds {
		if !validURL(f.URL) {
			bad(fmt.Sprintf("sources.feeds[%d].url", i), "%q is not an http(s) URL", f.URL)
		}
		if f.Every != 0 && f.Every < time.Second {
			bad(fmt.Sprintf("sources.feeds[%d].every", i), "%v is too short: at least 1s", f.Every)
		}
	}
	if s.UserAgent == "" {
		bad("sources.user_agent", "empty")
	}
	if s.FetchTimeout <= 0 {
		bad("sources.fetch_timeout", "must be positive")
	}
	if s.MaxFeedBytes <= 0 {
		bad("sources.max_feed_bytes", "must be positive")
	}
	if s.MaxPageBytes <= 0 {
		bad("sources.max_page_bytes", "must be positive")
	}
	if s.MaxBackoff < s.CollectEvery {
		bad("sources.max_backoff", "%v is shorter than sources.collect_every", s.MaxBackoff)
	}
	if _, err := ParseClock(c.Digest.Time); err != nil {
		bad("digest.time", "%v", err)
	}
	if _, err := time.LoadLocation(c.Digest.Timezone); err != nil || c.Digest.Timezone == "" || c.Digest.Timezone == "Local" {
		bad("digest.timezone", "%q is not an IANA time zone (such as Europe/Moscow)", c.Digest.Timezone)
	}
	if c.Digest.MaxEntries < 1 || c.Digest.MaxEntries > 100 {
		bad("digest.max_entries", "%d: want 1 to 100", c.Digest.MaxEntries)
	}
	if c.Limits.GlobalPerSecond <= 0 {
		bad("limits.global_per_second", "must be positive")
	}
	if c.Limits.ChatPerSecond <= 0 {
		bad("limits.chat_per_second", "must be positive")
	}
	if c.Limits.GroupPerMinute <= 0 {
		bad("limits.group_per_minute", "must be positive")
	}
	if c.Limits.InFlight < 1 || c.Limits.InFlight > 64 {
		bad("limits.in_flight", "%d: want 1 to 64", c.Limits.InFlight)
	}
	if c.HTTP.Listen != "" && !validAddr(c.HTTP.Listen) {
		bad("http.listen", "%q is not host:port", c.HTTP.Listen)
	}
	if _, err := ParseLevel(c.Log.Level); err != nil {
		bad("log.level", "%v", err)
	}
	switch c.Log.Format {
	case "auto", "text", "json":
	default:
		bad("log.format", "%q: want auto, text or json", c.Log.Format)
	}
	return errors.Join(errs...)
}

// Every returns how often the feed is fetched: its own interval or
// sources.collect_every.
func (s *Sources) Every(f Feed) time.Duration {
	if f.Every > 0 {
		return f.Every
	}
	return s.CollectEvery
}

// ParseClock parses "HH:MM" (24-hour) into hours and minutes since midnight.
func ParseClock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", s)
	if err != nil || len(s) != 5 {
		return 0, fmt.Errorf("%q is not a time of day HH:MM", s)
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func validAddr(s string) bool {
	_, port, err := net.SplitHostPort(s)
	return err == nil && port != ""
}
