// Package fakeapi is a fake Telegram Bot API server: a real HTTP server on
// loopback that answers the methods whosaid's bot uses the way Telegram
// does, so that the real client library is exercised end to end. It
// validates what it receives (HTML parse mode, message length, callback data),
// records every message per chat, enforces per-chat, per-group and global
// rate limits with 429 and retry_after, and can be told to fail for a chat
// (403, migration, 5xx, dropped connections). Tests drive it through the
// methods that play a user: SendText, Forward, Press.
package fakeapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"
)

// Limits are the rate limits the server enforces on sendMessage. A zero
// rate means no limit. Bursts default to 1.
type Limits struct {
	GlobalPerSecond float64
	GlobalBurst     int
	ChatPerSecond   float64
	ChatBurst       int
	GroupPerMinute  float64
	GroupBurst      int
}

// Options configure a Server.
type Options struct {
	Token       string // the token in request paths; required
	BotID       int64  // defaults to 7000000001
	BotUserName string // defaults to "whosaid_bot"
	Limits      Limits
	// Now is the server's clock; defaults to time.Now. Rate limits are
	// measured with it, so a test that shares its clock with the bot sees
	// no real waiting.
	Now func() time.Time
	// AcceptUnknownChats makes sendMessage to a chat the server has never
	// seen create it as a private chat instead of answering "chat not found".
	AcceptUnknownChats bool
}

// Message is one message the bot sent (or edited) in a chat.
type Message struct {
	ChatID    int64
	MessageID int
	HTML      string // the text as sent
	Text      string // what the chat shows: tags removed, entities decoded
	ParseMode string
	Buttons   [][]Button
	Edits     int
	Date      time.Time
}

// Button is one inline keyboard button.
type Button struct {
	Text string
	Data string // callback_data
	URL  string
}

// Fault is an error the server answers for a chat instead of doing the
// request.
type Fault struct {
	Code        int    // HTTP status and error_code: 403, 400, 500, 502...
	Description string // Telegram's description
	MigrateTo   int64  // parameters.migrate_to_chat_id
	RetryAfter  int    // parameters.retry_after
	Drop        bool   // close the connection without answering
	Times       int    // answer like this this many times; 0: always
}

// Stats counts what the server did.
type Stats struct {
	Requests   int
	Sent       int // messages accepted by sendMessage
	Edited     int
	TooMany    int // 429 answers
	Rejected   int // other 4xx answers
	Faults     int // injected faults answered
	FirstSent  time.Time
	LastSent   time.Time
	Callbacks  int
	GetUpdates int
}

// Server is a running fake Bot API.
type Server struct {
	opts Options
	srv  *http.Server
	ln   net.Listener

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on every change
	chats        map[int64]*tgbotapi.Chat
	members      map[int64]map[int64]string // chat -> user -> status
	messages     map[int64][]*Message
	nextMsg      map[int64]int
	updates      []tgbotapi.Update
	nextUpd      int
	queries      map[string]*callback
	nextQuery    int
	faults       map[int64]*Fault
	commands     []tgbotapi.BotCommand
	chatCommands map[int64][]tgbotapi.BotCommand
	webhook      webhook
	global       *rate.Limiter
	perChat      map[int64]*rate.Limiter
	stats        Stats
	users        map[int64]tgbotapi.User

	webhookErrors int
}

type callback struct {
	answered bool
	text     string
}

type webhook struct {
	url    string
	secret string
}

// Start starts a server on a loopback port. Close stops it.
func Start(opts Options) (*Server, error) {
	if opts.Token == "" {
		return nil, fmt.Errorf("fakeapi: no token")
	}
	if opts.BotID == 0 {
		opts.BotID = 7000000001
	}
	if opts.BotUserName == "" {
		opts.BotUserName = "whosaid_bot"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("fakeapi: listen: %w", err)
	}
	s := &Server{
		opts:         opts,
		ln:           ln,
		changed:      make(chan struct{}),
		chats:        map[int64]*tgbotapi.Chat{},
		members:      map[int64]map[int64]string{},
		messages:     map[int64][]*Message{},
		nextMsg:      map[int64]int{},
		queries:      map[string]*callback{},
		faults:       map[int64]*Fault{},
		chatCommands: map[int64][]tgbotapi.BotCommand{},
		perChat:      map[int64]*rate.Limiter{},
		users:        map[int64]tgbotapi.User{},
		nextUpd:      1,
	}
	s.global = newLimiter(opts.Limits.GlobalPerSecond, opts.Limits.GlobalBurst)
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

func newLimiter(perSecond float64, burst int) *rate.Limiter {
	if perSecond <= 0 {
		return nil
	}
	if burst < 1 {
		burst = 1
	}
	return rate.NewLimiter(rate.Limit(perSecond), burst)
}

// URL returns the API endpoint to configure a bot with, such as
// "http://127.0.0.1:34567".
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Close stops the server and aborts requests in progress.
func (s *Server) Close() error { return s.srv.Close() }

// Bot returns the bot's own user.
func (s *Server) Bot() tgbotapi.User {
	return tgbotapi.User{ID: s.opts.BotID, IsBot: true, FirstName: "whosaid", UserName: s.opts.BotUserName}
}

// SetLimits replaces the rate limits.
func (s *Server) SetLimits(l Limits) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Limits = l
	s.global = newLimiter(l.GlobalPerSecond, l.GlobalBurst)
	s.perChat = map[int64]*rate.Limiter{}
}

// notify wakes everything waiting in Wait. Call with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Changed returns a channel that is closed at the next change to the
// server's state (a message, an update, an answered request).
func (s *Server) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// Wait returns when cond reports true, checking it after every change to
// the server's state, or with ctx's error when ctx is done first. cond may
// call the server's methods.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakeapi: wait: %w", ctx.Err())
		}
	}
}

// apiError is an answer with ok=false.
type apiError struct {
	code       int
	desc       string
	retryAfter int
	migrateTo  int64
}

func (e *apiError) Error() string { return e.desc }

func badRequest(format string, args ...any) *apiError {
	return &apiError{code: 400, desc: "Bad Request: " + fmt.Sprintf(format, args...)}
}

// ServeHTTP answers /bot<token>/<method>.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.stats.Requests++
	s.mu.Unlock()
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 {
		writeError(w, &apiError{code: 404, desc: "Not Found"})
		return
	}
	if token != s.opts.Token {
		writeError(w, &apiError{code: 401, desc: "Unauthorized"})
		return
	}
	if err := r.ParseMultipartForm(1 << 20); err != nil && err != http.ErrNotMultipart {
		writeError(w, badRequest("can't parse request: %v", err))
		return
	}
	if r.Form == nil {
		if err := r.ParseForm(); err != nil {
			writeError(w, badRequest("can't parse request: %v", err))
			return
		}
	}
	var (
		result any
		err    *apiError
	)
	switch strings.ToLower(method) {
	case "getme":
		result = s.Bot()
	case "getupdates":
		result, err = s.getUpdates(r)
	case "sendmessage":
		result, err = s.sendMessage(w, r)
		if err == errDropped {
			return
		}
	case "editmessagetext":
		result, err = s.editMessageText(r)
	case "answercallbackquery":
		result, err = s.answerCallbackQuery(r)
	case "setmycommands":
		result, err = s.setMyCommands(r)
	case "deletewebhook":
		s.mu.Lock()
		s.webhook = webhook{}
		s.mu.Unlock()
		result = true
	case "setwebhook":
		result, err = s.setWebhook(r)
	case "getchat":
		result, err = s.getChat(r)
	case "getchatmember":
		result, err = s.getChatMember(r)
	case "getchatadministrators":
		result, err = s.getChatAdministrators(r)
	default:
		err = &apiError{code: 404, desc: "Not Found"}
	}
	if err != nil {
		writeError(w, err)
		s.mu.Lock()
		if err.code == 429 {
			s.stats.TooMany++
		} else if err.code >= 400 && err.code < 500 {
			s.stats.Rejected++
		}
		s.notify()
		s.mu.Unlock()
		return
	}
	body, jerr := json.Marshal(result)
	if jerr != nil {
		writeError(w, &apiError{code: 500, desc: "Internal Server Error"})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(tgbotapi.APIResponse{Ok: true, Result: body})
}

func writeError(w http.ResponseWriter, e *apiError) {
	resp := tgbotapi.APIResponse{Ok: false, ErrorCode: e.code, Description: e.desc}
	if e.retryAfter > 0 || e.migrateTo != 0 {
		resp.Parameters = &tgbotapi.ResponseParameters{RetryAfter: e.retryAfter, MigrateToChatID: e.migrateTo}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.code)
	json.NewEncoder(w).Encode(resp)
}

// errDropped says the connection was closed without an answer.
var errDropped = &apiError{code: -1, desc: "dropped"}

func formInt(r *http.Request, key string) (int64, bool) {
	v := r.FormValue(key)
	if v == "" {
		return 0, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return n, err == nil
}

// chatFor resolves chat_id, applying an injected fault for it first.
// Call with s.mu held. It returns errDropped after hijacking w when the
// fault says to drop the connection.
func (s *Server) chatFor(w http.ResponseWriter, r *http.Request, create bool) (*tgbotapi.Chat, *apiError) {
	id, ok := formInt(r, "chat_id")
	if !ok {
		return nil, badRequest("chat_id is empty")
	}
	if f := s.faults[id]; f != nil {
		s.stats.Faults++
		if f.Times > 0 {
			f.Times--
			if f.Times == 0 {
				delete(s.faults, id)
			}
		}
		if f.Drop && w != nil {
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
					return nil, errDropped
				}
			}
			return nil, &apiError{code: 502, desc: "Bad Gateway"}
		}
		return nil, &apiError{code: f.Code, desc: f.Description, retryAfter: f.RetryAfter, migrateTo: f.MigrateTo}
	}
	c := s.chats[id]
	if c == nil {
		if !create {
			return nil, badRequest("chat not found")
		}
		c = &tgbotapi.Chat{ID: id, Type: "private"}
		s.chats[id] = c
	}
	return c, nil
}
