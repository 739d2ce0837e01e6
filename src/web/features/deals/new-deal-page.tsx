import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import type { ProcedureType, ThresholdKind } from "../../../core/tender/index.ts";
import { isApiError } from "../../api/api-error.ts";
import { listCompanies } from "../../api/companies.ts";
import type { NewDealInput } from "../../api/deal-types.ts";
import { PROCEDURE_TYPES, THRESHOLD_KINDS } from "../../api/deal-vocabulary.ts";
import { createDeal, getPipeline } from "../../api/deals.ts";
import { keys } from "../../api/keys.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { Icon } from "../../ui/icons.tsx";
import { parseEuroToCents } from "../../ui/money.ts";
import { formatPercent } from "../../ui/percent.ts";
import { FieldError } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import "./deals.css";

interface TenderDraft {
  procedure: ProcedureType;
  thresholdKind: ThresholdKind;
  estimated: string;
  expectedPublicationOn: string;
  publishedOn: string;
  submissionDeadline: string;
  electronic: boolean;
  helpsWriteSpecification: boolean;
}

const EMPTY_TENDER: TenderDraft = {
  procedure: "open",
  thresholdKind: "supplies_services_sub_central",
  estimated: "",
  expectedPublicationOn: "",
  publishedOn: "",
  submissionDeadline: "",
  electronic: true,
  helpsWriteSpecification: false,
};

/** Neuer Auftrag: the few facts a deal needs, and for a tender the procedure and its dates. */
export function NewDealPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const id = useId();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  useTitle(t("newDeal.title"));
  const board = useQuery({ queryKey: keys.pipeline, queryFn: ({ signal }) => getPipeline(signal) });
  const companies = useQuery({
    queryKey: keys.companiesAll,
    queryFn: ({ signal }) => listCompanies({ sort: "name", limit: 500, offset: 0 }, signal),
    staleTime: 300_000,
  });
  const stages = board.data?.columns.map((c) => c.stage) ?? [];
  const [title, setTitle] = useState("");
  const [companyId, setCompanyId] = useState("");
  const [value, setValue] = useState("");
  const [stage, setStage] = useState("");
  const [expectedCloseOn, setExpectedCloseOn] = useState("");
  const [isTender, setIsTender] = useState(false);
  const [tender, setTender] = useState<TenderDraft>(EMPTY_TENDER);
  const [amountErrors, setAmountErrors] = useState<{ value?: boolean; estimated?: boolean }>({});
  const create = useMutation({
    mutationFn: (input: NewDealInput) => createDeal(input),
    onSuccess: (view) => {
      client.setQueryData(keys.deal(view.deal.id), view);
      void client.invalidateQueries({ queryKey: keys.pipeline });
      void client.invalidateQueries({ queryKey: keys.today });
      navigate(`/deals/${view.deal.id}`);
    },
  });
  const error = isApiError(create.error) ? create.error : null;
  const set = <K extends keyof TenderDraft>(key: K, next: TenderDraft[K]) =>
    setTender({ ...tender, [key]: next });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valueCents = value.trim() === "" ? 0 : parseEuroToCents(value, locale);
    const estimatedCents = tender.estimated.trim() === "" ? null : parseEuroToCents(tender.estimated, locale);
    const invalid = {
      value: valueCents === null,
      estimated: isTender && tender.estimated.trim() !== "" && estimatedCents === null,
    };
    setAmountErrors(invalid);
    if (invalid.value || invalid.estimated || valueCents === null) return;
    create.mutate({
      title,
      companyId: companyId || null,
      valueCents,
      stage: stage || stages[0]?.key || "lead",
      expectedCloseOn: expectedCloseOn || null,
      tender: isTender
        ? {
            procedure: tender.procedure,
            thresholdKind: tender.thresholdKind,
            estimatedValueCents: estimatedCents,
            expectedPublicationOn: tender.expectedPublicationOn || null,
            publishedOn: tender.publishedOn || null,
            submissionDeadline: tender.submissionDeadline || null,
            electronic: tender.electronic,
            helpsWriteSpecification: tender.helpsWriteSpecification,
          }
        : null,
    });
  };

  const field = (name: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": error?.fieldMessage(name) ? true : undefined,
    "aria-describedby": error?.fieldMessage(name) ? `${id}-${name}-err` : undefined,
  });
  const problem = (name: string, local?: string) => (
    <FieldError id={`${id}-${name}-err`} message={local ?? error?.fieldMessage(name)} />
  );

  return (
    <article className="page narrow new-deal">
      <Link href="/deals" className="back-link">
        <Icon name="back" size={18} /> {t("deals.back")}
      </Link>
      <h1>{t("newDeal.title")}</h1>
      <form onSubmit={submit} noValidate>
        <section className="form-section">
          <label htmlFor={`${id}-title`} className="field-label">
            {t("newDeal.name")}
          </label>
          <input
            {...field("title")}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            autoComplete="off"
          />
          {problem("title")}
          <label htmlFor={`${id}-companyId`} className="field-label">
            {t("newDeal.company")}
          </label>
          <select {...field("companyId")} value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
            <option value="">{t("newDeal.noCompany")}</option>
            {(companies.data?.items ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {problem("companyId")}
          <div className="two-up">
            <div>
              <label htmlFor={`${id}-valueCents`} className="field-label">
                {t("newDeal.value")}
              </label>
              <input
                {...field("valueCents")}
                aria-invalid={amountErrors.value || error?.fieldMessage("valueCents") ? true : undefined}
                aria-describedby={`${id}-valueCents-err`}
                inputMode="decimal"
                placeholder={t("newDeal.valueHint")}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
              {problem("valueCents", amountErrors.value ? t("newDeal.amountInvalid") : undefined)}
            </div>
            <div>
              <label htmlFor={`${id}-stage`} className="field-label">
                {t("newDeal.stage")}
              </label>
              <select
                {...field("stage")}
                value={stage || stages[0]?.key || ""}
                onChange={(e) => setStage(e.target.value)}
              >
                {stages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {pick(s.label)} · {formatPercent(locale, s.probability)}
                  </option>
                ))}
              </select>
              {problem("stage")}
            </div>
          </div>
          <label htmlFor={`${id}-expectedCloseOn`} className="field-label">
            {t("newDeal.expectedClose")}
          </label>
          <input
            {...field("expectedCloseOn")}
            type="date"
            value={expectedCloseOn}
            onChange={(e) => setExpectedCloseOn(e.target.value)}
          />
          {problem("expectedCloseOn")}
          <label className="check-row">
            <input type="checkbox" checked={isTender} onChange={(e) => setIsTender(e.target.checked)} />
            <span>
              <strong>{t("newDeal.isTender")}</strong>
              <span className="muted small block">{t("newDeal.isTenderHint")}</span>
            </span>
          </label>
        </section>

        {isTender ? (
          <section className="form-section" aria-labelledby={`${id}-tender`}>
            <h2 id={`${id}-tender`}>{t("tender.title")}</h2>
            <div className="two-up">
              <div>
                <label htmlFor={`${id}-tender.procedure`} className="field-label">
                  {t("newDeal.procedure")}
                </label>
                <select
                  {...field("tender.procedure")}
                  value={tender.procedure}
                  onChange={(e) => set("procedure", e.target.value as ProcedureType)}
                >
                  {PROCEDURE_TYPES.map((p) => (
                    <option key={p} value={p}>
                      {t(`tender.procedureType.${p}`)}
                    </option>
                  ))}
                </select>
                {problem("tender.procedure")}
              </div>
              <div>
                <label htmlFor={`${id}-tender.thresholdKind`} className="field-label">
                  {t("newDeal.thresholdKind")}
                </label>
                <select
                  {...field("tender.thresholdKind")}
                  value={tender.thresholdKind}
                  onChange={(e) => set("thresholdKind", e.target.value as ThresholdKind)}
                >
                  {THRESHOLD_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`tender.thresholdKind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <label htmlFor={`${id}-tender.estimatedValueCents`} className="field-label">
              {t("newDeal.estimated")}
            </label>
            <input
              {...field("tender.estimatedValueCents")}
              aria-invalid={amountErrors.estimated ? true : undefined}
              aria-describedby={`${id}-tender.estimatedValueCents-err`}
              inputMode="decimal"
              placeholder={t("newDeal.valueHint")}
              value={tender.estimated}
              onChange={(e) => set("estimated", e.target.value)}
            />
            {problem(
              "tender.estimatedValueCents",
              amountErrors.estimated ? t("newDeal.amountInvalid") : undefined,
            )}
            <div className="two-up">
              {(
                [
                  ["expectedPublicationOn", "newDeal.expectedPublication"],
                  ["publishedOn", "newDeal.publishedOn"],
                  ["submissionDeadline", "newDeal.submissionDeadline"],
                ] as const
              ).map(([key, label]) => (
                <div key={key}>
                  <label htmlFor={`${id}-tender.${key}`} className="field-label">
                    {t(label)}
                  </label>
                  <input
                    {...field(`tender.${key}`)}
                    type="date"
                    value={tender[key]}
                    onChange={(e) => set(key, e.target.value)}
                  />
                  {problem(`tender.${key}`)}
                </div>
              ))}
            </div>
            <label className="check-row">
              <input
                type="checkbox"
                checked={tender.electronic}
                onChange={(e) => set("electronic", e.target.checked)}
              />
              <span>{t("newDeal.electronic")}</span>
            </label>
            <label className="check-row">
              <input
                type="checkbox"
                checked={tender.helpsWriteSpecification}
                onChange={(e) => set("helpsWriteSpecification", e.target.checked)}
              />
              <span>{t("newDeal.helpsWrite")}</span>
            </label>
          </section>
        ) : null}

        {error && error.fields.length === 0 ? <p className="error-note">{error.message}</p> : null}
        <div className="submit-bar">
          <button type="submit" className="button primary big" disabled={create.isPending}>
            {t("newDeal.save")}
          </button>
        </div>
      </form>
    </article>
  );
}
