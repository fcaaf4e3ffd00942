(KH) => {
  /* Page behaviour the Gradio components do not have: Gradio's own strings in Vietnamese, upload checks
     before anything is sent, and (on phones) the clause panel brought into view by the event wiring. */
  document.documentElement.lang = "vi";

  // -- Gradio's built-in strings: its i18n only picks locales it ships (no "vi"), so the page switches the
  //    locale store to the Vietnamese table this app registered (gr.I18n(vi=...)).
  const switchLocale = async (attempt) => {
    const core = performance.getEntriesByType("resource").map((e) => e.name)
      .find((n) => /\/assets\/core-[\w-]+\.js(\?|$)/.test(n));
    const url = core || (KH.coreModule ? new URL(KH.coreModule, document.baseURI).href : "");
    try {
      const mod = url ? await import(url) : null;
      if (mod && typeof mod.changeLocale === "function") { mod.changeLocale("vi"); return; }
    } catch (e) { /* retried below */ }
    if (attempt < 20) setTimeout(() => switchLocale(attempt + 1), 150);
  };
  switchLocale(0);

  // -- A few strings Gradio writes without its i18n (progress, queue, toasts): translated as they appear.
  const FIXED = [
    [/^processing \|$/, () => "đang xử lý |"],
    [/^queue: (\d+)\/(\d*) \|$/, (m) => `hàng đợi: ${m[1]}/${m[2]} |`],
    [/^Loading(?:\.\.\.|…)?$/, () => "Đang tải…"],  // also bare, as a slow server's table refresh shows it
    [/^An error occurred\.$/, () => "Đã xảy ra lỗi."],
    [/^Warning\.$/, () => "Cảnh báo."],
    [/^Info\.$/, () => "Thông tin."],
    [/^Success\.$/, () => "Thành công."],
  ];
  const translateNode = (node) => {
    const text = node.nodeValue && node.nodeValue.trim();
    if (!text || text.length > 40) return;
    for (const [re, to] of FIXED) {
      const m = text.match(re);
      if (m) { node.nodeValue = node.nodeValue.replace(text, to(m)); return; }
    }
  };
  const walk = (root) => {
    if (root.nodeType === Node.TEXT_NODE) { translateNode(root); return; }
    const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = it.nextNode())) translateNode(n);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "characterData") translateNode(r.target);
      else r.addedNodes.forEach(walk);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  walk(document.body);

  // -- Uploads: type and size checked here, before sending; refusals go to the per-file results table.
  const MB = 1024 * 1024;
  const mb = (n) => (n / MB).toFixed(1).replace(".", ",") + " MB";
  const suffix = (name) => { const i = name.lastIndexOf("."); return i > 0 ? name.slice(i).toLowerCase() : ""; };
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

  const sortFiles = (files) => {
    const good = [], bad = [];
    let total = 0;
    for (const f of files) {
      const ext = suffix(f.name);
      if (!KH.types.includes(ext)) {
        bad.push({ name: f.name, message: `LỖI — loại tệp ${ext || "(không có đuôi)"} không được hỗ trợ ` +
                   `(chỉ nhận ${KH.types.join(", ")}); tệp chưa được gửi.` });
      } else if (f.size > KH.maxFileMb * MB) {
        bad.push({ name: f.name, message: `LỖI — tệp nặng ${mb(f.size)}, vượt giới hạn ${KH.maxFileMb} MB mỗi tệp; ` +
                   "tệp chưa được gửi." });
      } else if (total + f.size > KH.maxRequestMb * MB) {
        bad.push({ name: f.name, message: `LỖI — các tệp chọn cùng lúc vượt tổng ${KH.maxRequestMb} MB; ` +
                   "hãy gửi tệp này ở lần sau." });
      } else {
        total += f.size;
        good.push(f);
      }
    }
    return { good, bad };
  };

  const showRefused = (bad) => {
    const box = document.querySelector("#kh-ingest-result");
    if (box) {
      const rows = bad.map((b) => `<tr class="kh-bad"><td class="kh-file">${esc(b.name)}</td><td>${esc(b.message)}</td></tr>`).join("");
      const target = box.querySelector(".prose, .html-container") || box;
      target.innerHTML = `<table class="kh-results"><thead><tr><th>Tệp</th><th>Kết quả</th></tr></thead><tbody>${rows}</tbody></table>`;
    }
    // also handed to the server, which keeps these rows in the table it shows after "Nạp vào chỉ mục"
    const hidden = document.querySelector("#kh-rejected textarea, #kh-rejected input");
    if (hidden) {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(hidden), "value").set;
      setter.call(hidden, JSON.stringify(bad));
      hidden.dispatchEvent(new Event("input", { bubbles: true }));
    }
  };

  const fileInput = () => document.querySelector("#kh-upload input[type=file]");
  const handOver = (input, files) => {
    const dt = new DataTransfer();
    files.forEach((f) => dt.items.add(f));
    input.files = dt.files;
  };

  document.addEventListener("change", (ev) => {
    const input = ev.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.closest("#kh-upload")) return;
    if (input.dataset.khChecked === "1") { delete input.dataset.khChecked; return; }
    const { good, bad } = sortFiles(Array.from(input.files || []));
    if (!bad.length) return;
    ev.stopImmediatePropagation();
    showRefused(bad);
    if (good.length) {
      handOver(input, good);
      input.dataset.khChecked = "1";
      input.dispatchEvent(new Event("change", { bubbles: true }));
    } else {
      input.value = "";
    }
  }, true);

  document.addEventListener("drop", (ev) => {
    const zone = ev.target instanceof Element ? ev.target.closest("#kh-upload") : null;
    if (!zone || !ev.dataTransfer) return;
    const { good, bad } = sortFiles(Array.from(ev.dataTransfer.files || []));
    if (!bad.length) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    showRefused(bad);
    const input = fileInput();
    if (good.length && input) {
      handOver(input, good);
      input.dataset.khChecked = "1";
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }, true);
}
