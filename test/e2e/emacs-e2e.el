;;; emacs-e2e.el --- The Provisio language server in Emacs with eglot, in batch mode  -*- lexical-binding: t; -*-
;;
;; Run by test/e2e/emacs-e2e.sh, which sets the environment: PROVISIO_SERVER (out/server.cjs),
;; PROVISIO_FILE (the provision to open), PROVISIO_LANGUAGE ("" or "nl"), PROVISIO_OUT (where
;; to write what the server answered, one fact a line). The set-up is the README's: a
;; `provisio-mode' for .provisio files and an entry in `eglot-server-programs'.

(require 'package)
(package-initialize)
(require 'eglot)
(require 'cl-lib)

(defvar provisio-e2e-lines nil "What the run found, newest first.")
(defun provisio-e2e-record (&rest parts)
  (push (mapconcat (lambda (part) (format "%s" part)) parts " ") provisio-e2e-lines))
(defun provisio-e2e-finish (status)
  (with-temp-file (getenv "PROVISIO_OUT")
    (insert (mapconcat #'identity (reverse provisio-e2e-lines) "\n") "\n"))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs status))

;; The README's set-up.
(define-derived-mode provisio-mode prog-mode "Provisio"
  "Major mode for Provisio provision justifications."
  (setq-local comment-start "// "))
(add-to-list 'auto-mode-alist '("\\.provisio\\'" . provisio-mode))
(let ((language (getenv "PROVISIO_LANGUAGE")))
  (add-to-list 'eglot-server-programs
               `(provisio-mode . ("node" ,(getenv "PROVISIO_SERVER") "--stdio"
                                 ,@(unless (string-empty-p language)
                                     `(:initializationOptions (:language ,language)))))))

;; The diagnostics as the server published them (flymake keeps only the text).
(defvar provisio-e2e-published nil)
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (push (cons uri diagnostics) provisio-e2e-published))

(defun provisio-e2e-codes ()
  (let ((latest (cdr (cl-find-if (lambda (entry) (string-suffix-p (getenv "PROVISIO_FILE") (car entry))) provisio-e2e-published))))
    (mapcar (lambda (diagnostic) (plist-get diagnostic :code)) latest)))

(defun provisio-e2e-wait (predicate seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(condition-case failure
    (let* ((started (float-time))
           (eglot-sync-connect 30)
           (expected (split-string (getenv "PROVISIO_EXPECTED") ",")))
      (find-file (getenv "PROVISIO_FILE"))
      (apply #'eglot (eglot--guess-contact))
      (unless (provisio-e2e-wait (lambda () (cl-every (lambda (code) (member code (provisio-e2e-codes))) expected)) 30)
        (provisio-e2e-record "timeout waiting for" (getenv "PROVISIO_EXPECTED") "got" (provisio-e2e-codes))
        (provisio-e2e-finish 1))
      (provisio-e2e-record "elapsed_ms" (round (* 1000 (- (float-time) started))))
      (let* ((server (eglot-current-server))
             (info (plist-get (eglot--server-info server) :name)))
        (provisio-e2e-record "server" info (plist-get (eglot--server-info server) :version))
        (dolist (diagnostic (append (cdr (cl-find-if (lambda (entry) (string-suffix-p (getenv "PROVISIO_FILE") (car entry))) provisio-e2e-published)) nil))
          (provisio-e2e-record "diagnostic" (plist-get diagnostic :code)
                               (replace-regexp-in-string "\n" " " (plist-get diagnostic :message))))
        ;; At the recipient after `to', what M-x eldoc, completion-at-point, M-. and eglot-format-buffer ask.
        (goto-char (point-min))
        (re-search-forward "^[ \t]*to ")
        (let* ((position (eglot--TextDocumentPositionParams))
               (hover (jsonrpc-request server :textDocument/hover position))
               (completion (jsonrpc-request server :textDocument/completion position))
               (definition (jsonrpc-request server :textDocument/definition position))
               (items (if (vectorp completion) completion (plist-get completion :items)))
               (target (if (vectorp definition) (aref definition 0) definition)))
          (provisio-e2e-record "hover" (replace-regexp-in-string "\n" " | " (plist-get (plist-get hover :contents) :value)))
          (provisio-e2e-record "completion" (mapconcat (lambda (item) (plist-get item :label)) items ","))
          (provisio-e2e-record "definition" (or (plist-get target :targetUri) (plist-get target :uri))
                               (plist-get (plist-get (or (plist-get target :targetSelectionRange) (plist-get target :range)) :start) :line)))
        ;; Mess up two lines, then format: the file must come back as it was.
        (let ((original (buffer-string)))
          (goto-char (point-min))
          (re-search-forward "^[ \t]*by +")
          (replace-match "by      ")
          (re-search-forward "^[ \t]*date +")
          (replace-match "            date    ")
          (eglot-format-buffer)
          (provisio-e2e-record "formatting" (if (string= (buffer-string) original) "canonical" "different")))
        ;; Eglot warns when a server registers something it cannot take; there must be no such warning.
        (with-current-buffer "*Messages*"
          (provisio-e2e-record "unsupported-registrations"
                               (how-many "unsupported capability" (point-min) (point-max)))))
      (provisio-e2e-finish 0))
  (error
   (provisio-e2e-record "error" (error-message-string failure))
   (provisio-e2e-finish 1)))
