import { type ReactElement, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { CommandPalette } from "../features/palette/command-palette.tsx";
import { Icon, type IconName } from "../ui/icons.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { SignOutButton } from "./sign-out-button.tsx";
import { useShortcuts } from "./use-shortcuts.ts";

interface NavItem {
  href: string;
  icon: IconName;
  label: string;
  /** A shorter label for the phone's bottom bar. */
  short?: string;
  match: (path: string) => boolean;
}

/** Side navigation on wide screens, a bottom bar on phones; the same links in both. */
export function Shell({ children }: { children: ReactNode }): ReactElement {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  useShortcuts({ openPalette: () => setPaletteOpen(true), navigate, paused: paletteOpen });

  const items: NavItem[] = [
    { href: "/", icon: "today", label: t("nav.today"), match: (p) => p === "/" },
    { href: "/people", icon: "people", label: t("nav.people"), match: (p) => p.startsWith("/people") },
    {
      href: "/companies",
      icon: "companies",
      label: t("nav.companies"),
      match: (p) => p.startsWith("/companies"),
    },
    { href: "/deals", icon: "deals", label: t("nav.deals"), match: (p) => p.startsWith("/deals") },
    {
      href: "/analytics",
      icon: "chart",
      label: t("nav.analytics"),
      short: t("nav.analyticsShort"),
      match: (p) => p.startsWith("/analytics"),
    },
  ];
  const current = (item: NavItem) => (item.match(location) ? "page" : undefined);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <aside className="sidenav" aria-label={t("nav.label")}>
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="heart" size={18} />
          </span>
          {t("app.name")}
        </Link>
        <Link href="/log" className="button primary wide">
          <Icon name="log" /> {t("nav.log")}
        </Link>
        <button
          type="button"
          className="button ghost wide search-trigger"
          onClick={() => setPaletteOpen(true)}
        >
          <Icon name="search" /> {t("nav.search")}
          <kbd>{t("palette.hotkey")}</kbd>
        </button>
        <nav aria-label={t("nav.label")}>
          <ul className="sidenav-list">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="sidenav-link" aria-current={current(item)}>
                  <Icon name={item.icon} /> {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidenav-foot">
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </aside>

      <header className="topbar">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="heart" size={16} />
          </span>
          {t("app.name")}
        </Link>
        <div className="topbar-actions">
          <LanguageSwitch />
          <button
            type="button"
            className="icon-button"
            onClick={() => setPaletteOpen(true)}
            aria-label={t("nav.search")}
          >
            <Icon name="search" />
          </button>
        </div>
      </header>

      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>

      <nav className="bottomnav" aria-label={t("nav.label")}>
        {items.slice(0, 2).map((item) => (
          <Link key={item.href} href={item.href} className="bottomnav-link" aria-current={current(item)}>
            <Icon name={item.icon} size={22} />
            <span>{item.label}</span>
          </Link>
        ))}
        <Link
          href="/log"
          className="bottomnav-link bottomnav-log"
          aria-current={location === "/log" ? "page" : undefined}
        >
          <span className="bottomnav-plus">
            <Icon name="log" size={22} />
          </span>
          <span>{t("nav.logShort")}</span>
        </Link>
        {items.slice(2).map((item) => (
          <Link key={item.href} href={item.href} className="bottomnav-link" aria-current={current(item)}>
            <Icon name={item.icon} size={22} />
            <span>{item.short ?? item.label}</span>
          </Link>
        ))}
      </nav>

      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
    </div>
  );
}
