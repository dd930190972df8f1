package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// API is the Bot API client: the v5 library over an http.Client with
// timeouts, with each call's context attached to its request and the token
// scrubbed from every error. Methods are safe for concurrent use.
type API struct {
	bot     *tgbotapi.BotAPI
	scrub   *Scrubber // the token in all its encodings
	http    *http.Client
	timeout time.Duration // for calls other than long polling
	// Self is the bot's own user, from getMe.
	Self tgbotapi.User
}

// NewAPI connects to the Bot API at apiURL ("https://api.telegram.org" or a
// local server) with token and checks the token with getMe. timeout bounds
// each request other than long polling (default 30 s).
func NewAPI(ctx context.Context, token, apiURL string, timeout time.Duration) (*API, error) {
	if token == "" {
		return nil, errors.New("telegram: no bot token")
	}
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	if apiURL == "" {
		apiURL = "https://api.telegram.org"
	}
	if _, err := url.Parse(apiURL); err != nil {
		// The URL may hold the token (a local server's path): the error
		// names it, so it is scrubbed too.
		return nil, NewScrubber(token).Error(fmt.Errorf("telegram: api_url: %w", err))
	}
	transport := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout: 10 * time.Second,
		MaxIdleConns:        256,
		MaxIdleConnsPerHost: 128,
		IdleConnTimeout:     90 * time.Second,
	}
	a := &API{scrub: NewScrubber(token), http: &http.Client{Transport: transport}, timeout: timeout}
	// The library formats the endpoint with the token and the method.
	endpoint := strings.ReplaceAll(strings.TrimRight(apiURL, "/"), "%", "%%") + "/bot%s/%s"
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// The library pastes the token into the URL as it is; escaped, a token
	// with a space, '%', '?' or '#' still reaches the server whole.
	b, err := tgbotapi.NewBotAPIWithClient(url.PathEscape(token), endpoint, a.doer(cctx))
	if err != nil {
		return nil, a.wrap("getMe", err)
	}
	a.bot = b
	a.Self = b.Self
	return a, nil
}

// ctxDoer sends the library's requests with a context and keeps the token
// out of the URL of any error.
type ctxDoer struct {
	ctx   context.Context
	c     *http.Client
	scrub *Scrubber
}

func (d ctxDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req.WithContext(d.ctx))
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			ue.URL = d.scrub.String(ue.URL)
		}
		return nil, err
	}
	return resp, nil
}

func (a *API) doer(ctx context.Context) ctxDoer { return ctxDoer{ctx: ctx, c: a.http, scrub: a.scrub} }

// with returns a copy of the library's client whose requests carry ctx.
// The copy shares everything else; the library keeps no per-call state.
func (a *API) with(ctx context.Context) *tgbotapi.BotAPI {
	b := *a.bot
	b.Client = a.doer(ctx)
	return &b
}

// wrap names the method in err and scrubs the token from it.
func (a *API) wrap(method string, err error) error {
	if err == nil {
		return nil
	}
	return a.scrub.Error(fmt.Errorf("telegram %s: %w", method, err))
}

// call runs f with a client bound to ctx and the request timeout.
func (a *API) call(ctx context.Context, timeout time.Duration, method string, f func(b *tgbotapi.BotAPI) error) error {
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return a.wrap(method, f(a.with(cctx)))
}

// Send sends an HTML message (sendMessage) with an optional inline keyboard
// and returns its message_id. Errors wrap *tgbotapi.Error for answers from
// Telegram.
func (a *API) Send(ctx context.Context, chatID int64, html string, kb *tgbotapi.InlineKeyboardMarkup) (int, error) {
	msg := tgbotapi.NewMessage(chatID, html)
	msg.ParseMode = tgbotapi.ModeHTML
	msg.DisableWebPagePreview = true
	if kb != nil {
		msg.ReplyMarkup = *kb
	}
	var id int
	err := a.call(ctx, a.timeout, "sendMessage", func(b *tgbotapi.BotAPI) error {
		m, err := b.Send(msg)
		id = m.MessageID
		return err
	})
	return id, err
}

// Edit replaces the text and keyboard of a message the bot sent
// (editMessageText). An edit that changes nothing is not an error.
func (a *API) Edit(ctx context.Context, chatID int64, messageID int, html string, kb *tgbotapi.InlineKeyboardMarkup) error {
	var cfg tgbotapi.EditMessageTextConfig
	if kb != nil {
		cfg = tgbotapi.NewEditMessageTextAndMarkup(chatID, messageID, html, *kb)
	} else {
		cfg = tgbotapi.NewEditMessageText(chatID, messageID, html)
	}
	cfg.ParseMode = tgbotapi.ModeHTML
	cfg.DisableWebPagePreview = true
	err := a.call(ctx, a.timeout, "editMessageText", func(b *tgbotapi.BotAPI) error {
		_, err := b.Request(cfg)
		return err
	})
	var te *tgbotapi.Error
	if errors.As(err, &te) && strings.Contains(te.Message, "message is not modified") {
		return nil
	}
	return err
}

// AnswerCallback answers a callback query (answerCallbackQuery) with an
// optional short notice.
func (a *API) AnswerCallback(ctx context.Context, id, text string) error {
	return a.call(ctx, a.timeout, "answerCallbackQuery", func(b *tgbotapi.BotAPI) error {
		_, err := b.Request(tgbotapi.NewCallback(id, text))
		return err
	})
}

// SetCommands registers the command menu (setMyCommands): for everyone
// when chatID is 0, else for that one chat.
func (a *API) SetCommands(ctx context.Context, chatID int64, cmds []tgbotapi.BotCommand) error {
	cfg := tgbotapi.NewSetMyCommands(cmds...)
	if chatID != 0 {
		cfg = tgbotapi.NewSetMyCommandsWithScope(tgbotapi.NewBotCommandScopeChat(chatID), cmds...)
	}
	return a.call(ctx, a.timeout, "setMyCommands", func(b *tgbotapi.BotAPI) error {
		_, err := b.Request(cfg)
		return err
	})
}

// GetUpdates long-polls for updates from offset (getUpdates), waiting up to
// wait on the server. It returns promptly when ctx is done.
func (a *API) GetUpdates(ctx context.Context, offset int, wait time.Duration) ([]tgbotapi.Update, error) {
	cfg := tgbotapi.NewUpdate(offset)
	cfg.Timeout = int(wait / time.Second)
	cfg.AllowedUpdates = []string{"message", "edited_message", "channel_post", "edited_channel_post", "callback_query"}
	var ups []tgbotapi.Update
	err := a.call(ctx, wait+a.timeout, "getUpdates", func(b *tgbotapi.BotAPI) error {
		var err error
		ups, err = b.GetUpdates(cfg)
		return err
	})
	return ups, err
}

// ChatMemberStatus returns a user's status in a chat (getChatMember):
// "creator", "administrator", "member", "restricted", "left" or "kicked".
func (a *API) ChatMemberStatus(ctx context.Context, chatID, userID int64) (string, error) {
	var st string
	err := a.call(ctx, a.timeout, "getChatMember", func(b *tgbotapi.BotAPI) error {
		m, err := b.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chatID, UserID: userID}})
		st = m.Status
		return err
	})
	return st, err
}

// SetWebhook points Telegram at url with a secret_token it sends back in
// the X-Telegram-Bot-Api-Secret-Token header (setWebhook). The field is
// newer than the library, so the request is made with raw parameters.
func (a *API) SetWebhook(ctx context.Context, hookURL, secret string) error {
	params := tgbotapi.Params{"url": hookURL}
	if secret != "" {
		params["secret_token"] = secret
	}
	allowed, _ := json.Marshal([]string{"message", "edited_message", "channel_post", "edited_channel_post", "callback_query"})
	params["allowed_updates"] = string(allowed)
	return a.call(ctx, a.timeout, "setWebhook", func(b *tgbotapi.BotAPI) error {
		_, err := b.MakeRequest("setWebhook", params)
		return err
	})
}

// DeleteWebhook removes a webhook so that long polling works
// (deleteWebhook). Pending updates are kept.
func (a *API) DeleteWebhook(ctx context.Context) error {
	return a.call(ctx, a.timeout, "deleteWebhook", func(b *tgbotapi.BotAPI) error {
		_, err := b.Request(tgbotapi.DeleteWebhookConfig{})
		return err
	})
}

// errorKind says what the sender does about a failed request.
type errorKind int

const (
	errRetry     errorKind = iota // 5xx, network: retry with backoff
	errFlood                      // 429: wait retry_after, retry
	errForbidden                  // 403: deactivate the chat, do not retry
	errMigrated                   // 400 migrate_to_chat_id: move the chat, resend
	errRejected                   // other 4xx: this message can never be sent
	errCanceled                   // our own context ended
)

// classify sorts an error from a Bot API call.
func classify(ctx context.Context, err error) (kind errorKind, retryAfter time.Duration, migrateTo int64) {
	var te *tgbotapi.Error
	switch {
	case ctx.Err() != nil:
		return errCanceled, 0, 0
	case errors.As(err, &te):
		switch {
		case te.Code == 429:
			ra := time.Duration(te.RetryAfter) * time.Second
			if ra <= 0 {
				ra = time.Second
			}
			return errFlood, ra, 0
		case te.MigrateToChatID != 0:
			return errMigrated, 0, te.MigrateToChatID
		case te.Code == 403:
			return errForbidden, 0, 0
		case te.Code == 401 || te.Code == 404 || te.Code == 409 || te.Code >= 500 || te.Code == 0:
			// A wrong token or endpoint is the operator's to fix; the
			// message waits rather than being lost.
			return errRetry, 0, 0
		default:
			return errRejected, 0, 0
		}
	default:
		return errRetry, 0, 0
	}
}

// reason is the text recorded for a message that cannot be delivered.
func reason(err error) string {
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		return strconv.Itoa(te.Code) + " " + te.Message
	}
	return err.Error()
}
