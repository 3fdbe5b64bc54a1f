/**
 * Help that is always one click away, and the permanent safety note. Plain text and tel: links only: the
 * page requests nothing from anywhere.
 */
export function HelpContent() {
  return (
    <div class="help-content">
      <p>
        <strong>If someone may be overdosing</strong> (cannot be woken, slow or no breathing, blue lips,
        pinpoint pupils): call <a href="tel:911">911</a> (or your local emergency number), give naloxone if
        you have it, and keep them breathing.
      </p>
      <ul>
        <li>
          SAMHSA National Helpline (free, confidential, 24/7, English and Spanish):{" "}
          <a href="tel:18006624357">1-800-662-4357</a>
        </li>
        <li>
          988 Suicide &amp; Crisis Lifeline: call or text <a href="tel:988">988</a>
        </li>
        <li>Treatment locator: FindTreatment.gov</li>
      </ul>
      <p>
        Medicines for opioid use disorder (methadone, buprenorphine, naltrexone) save lives; ask a clinician
        or the helpline.
      </p>
    </div>
  );
}

export function SafetyNote() {
  return (
    <p class="safety-note" data-testid="safety-note">
      <strong>Educational model, not medical advice.</strong> No dose is safe: street supply often contains
      fentanyl, which makes any dose unpredictable. Help: <a href="tel:18006624357">1-800-662-4357</a> ·{" "}
      <a href="tel:988">988</a> · FindTreatment.gov
    </p>
  );
}
