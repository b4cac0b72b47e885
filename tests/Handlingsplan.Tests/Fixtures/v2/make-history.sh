#!/usr/bin/env bash
# Drives a realistic history through the HTTP API of a freshly started Handlingsplan (released
# version, commit 6062e85, the single item aggregate), for the v2 compatibility fixture. Needs bash,
# curl and jq. The same history as v1's, with due dates that lie after the day it was run (6062e85
# refuses a due date before today), plus what only 6062e85 has: a realisation above the estimate,
# confirmed, a realisation corrected and one reversed.
#
#   ASPNETCORE_ENVIRONMENT=Development DataDirectory=/tmp/fx2-data dotnet run --project src/Handlingsplan --no-build -- --urls http://127.0.0.1:5392 &
#   BASE=http://127.0.0.1:5392 DATA=/tmp/fx2-data ./make-history.sh
#
# Every request's status code is checked; the script stops at the first unexpected answer.
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:5392}
DATA=${DATA:-/tmp/fx2-data}
ACCOUNTS="$DATA/demo-accounts.txt"

# The demo accounts are created on the first sign-in attempt; a wrong one creates them.
if [[ ! -f "$ACCOUNTS" ]]; then
  curl -s -o /dev/null -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"nobody","password":"x"}'
fi

token() {
  local user=$1 pw
  pw=$(awk -v u="$user" '$1==u{print $2}' "$ACCOUNTS")
  curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg u "$user" --arg p "$pw" '{username:$u,password:$p}')" | jq -r .token
}

LEDNING=$(token ledning)
CHEF_SN=$(token chef-sn)
REVISOR=$(token revisor)

auth() {
  case $1 in
    ledning) echo "$LEDNING" ;;
    chef-sn) echo "$CHEF_SN" ;;
    revisor) echo "$REVISOR" ;;
    *) echo "unknown user $1" >&2; exit 1 ;;
  esac
}

# post USER PATH JSON EXPECTED_STATUS -> prints the answer's body
post() {
  local user=$1 path=$2 body=$3 want=$4 out code
  out=$(mktemp)
  code=$(curl -s -o "$out" -w '%{http_code}' -X POST "$BASE$path" \
    -H "Authorization: Bearer $(auth "$user")" -H 'Content-Type: application/json' --data-binary "$body")
  if [[ "$code" != "$want" ]]; then
    echo "FAILED: $user POST $path -> $code (wanted $want)" >&2
    cat "$out" >&2; echo >&2
    rm -f "$out"; exit 1
  fi
  echo "$user POST $path -> $code" >&2
  cat "$out"; rm -f "$out"
}

get() { curl -sf -H "Authorization: Bearer $LEDNING" "$BASE$1"; }

# ver KIND ID -> the item's current version
ver() { get "/api/$1/$2" | jq -r .version; }

# step USER KIND ID STEP JSON-WITHOUT-VERSION -> takes the step with expectedVersion = current version
step() {
  local user=$1 kind=$2 id=$3 name=$4 body=$5 v
  v=$(ver "$kind" "$id")
  post "$user" "/api/$kind/$id/$name" "$(jq -c --argjson v "$v" '. + {expectedVersion:$v}' <<<"$body")" 200 >/dev/null
}

# propose USER KIND JSON -> prints the new id
propose() { post "$1" "/api/$2" "$3" 201 | jq -r .id; }

# propose_from USER KIND ORIGIN-ID JSON -> prints the new measure's id
propose_from() {
  local user=$1 kind=$2 origin=$3 body=$4 v
  v=$(ver "$kind" "$origin")
  post "$user" "/api/$kind/$origin/measures" "$(jq -c --argjson v "$v" '. + {expectedVersion:$v}' <<<"$body")" 201 | jq -r .id
}

event_count() { get /api/audit/verify | jq '.sealedCount + .pendingCount'; }

# Imported plan items to act on (ids are derived from the plan, the same on every import).
IMPORTED_SN_INVESTIGATION=4c81d697-b32f-fdb2-a180-08264a92b9f3    # Använda kommunorganisationen i arbetsmarknadsåtgärder (SN, Socialförvaltningen, assigned)
IMPORTED_BMN_INVESTIGATION=95b45909-6944-8243-502f-8df0c96c09ad   # Införande av ett e-arkiv (BMN, IT-avdelningen, assigned)
IMPORTED_SN_AI_INVESTIGATION=b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c # Använda AI-stöd i utredningar (SN, IT-avdelningen, assigned)
IMPORTED_IT_MEASURE=37c15650-52d0-b9d9-7233-21d0b42c1046          # Översyn av kommunens IT-system (KS, proposed, 1000 tkr)
IMPORTED_BUFFER_MEASURE=0b02c9dc-3b99-f64e-16e4-437b2a64e432      # Nämndbuffertar mot oförutsedda kostnader (KS, proposed)
IMPORTED_KS_MEASURE=f70c7ccd-8081-48d0-768e-81bd4a0be3f5          # Minska kostnaden för upphandlingar ... (KS, proposed, 350 tkr)

# ---------------------------------------------------------------- proposals
M1=$(propose chef-sn measures '{
  "title": "Färre externa placeringar genom förstärkt öppenvård",
  "description": "Öppenvården för barn och unga förstärks så att fler kan få stöd på hemmaplan i stället för i köpta placeringar.",
  "committee": "SN", "category": "operationalChange", "horizon": "shortTerm", "estimatedSavingTkr": 850,
  "source": "Genomlysning av Socialnämnden 2024", "responsibleRole": "Verksamhetschef IFO", "timeline": "Våren 2025 – hösten 2026"}')
M2=$(propose ledning measures '{
  "title": "Gemensam växel och ärendehantering för förvaltningarna",
  "description": "Förvaltningarnas växlar slås ihop till en, med ett gemensamt ärendehanteringssystem.",
  "committee": "KS", "category": null, "horizon": null, "estimatedSavingTkr": null,
  "source": "Kommunledningens förslag"}')
M3=$(propose ledning measures '{
  "title": "Sälja kommunens fritidsgård på Nolhaga",
  "committee": "KS", "category": "changedResponsibility", "horizon": "longTerm", "estimatedSavingTkr": 400}')
M4=$(propose chef-sn measures '{
  "title": "Samlokalisering av försörjningsstödets mottagning",
  "description": "Två mottagningar i Alingsås centrum blir en.",
  "committee": "SN", "estimatedSavingTkr": 300}')
S1=$(propose ledning shifts '{
  "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende",
  "description": "Fler äldre får stöd i hemmet längre; färre platser på särskilt boende behövs.",
  "committee": "VON", "horizon": "longTerm", "estimatedSavingTkr": 1200, "source": "Genomlysning av Vård- och omsorgsnämnden"}')
S2=$(propose chef-sn shifts '{
  "title": "Förebyggande stöd i stället för sena insatser för unga vuxna",
  "committee": "SN", "estimatedSavingTkr": null}')
S3=$(propose ledning shifts '{
  "title": "Digitala möten i stället för resor mellan förvaltningarna",
  "committee": "KS", "estimatedSavingTkr": 90}')
I1=$(propose ledning investigations '{
  "title": "Utredning av skolskjutsarnas organisation och upphandling",
  "description": "Skolskjutsarna körs i dag av tre entreprenörer med olika avtal.",
  "committee": "KUN", "estimatedSavingTkr": null,
  "handling": "Utreds gemensamt av kultur- och utbildningsförvaltningen och ekonomiavdelningen.",
  "responsibleRole": "Ekonomichef", "timeline": "Klar till budgetberedningen 2026"}')
I2=$(propose chef-sn investigations '{
  "title": "Översyn av bemanningen i socialjouren på kvällar och helger",
  "committee": "SN", "estimatedSavingTkr": 250,
  "handling": "Socialförvaltningen utreder samverkan med grannkommunerna."}')
I3=$(propose ledning investigations '{
  "title": "Gemensam lokalförsörjningsplan för alla nämnder",
  "committee": "KS", "estimatedSavingTkr": 2000,
  "handling": "Kommunledningskontoret leder arbetet."}')

# ---------------------------------------------------------------- a measure from SN, followed to completion
step ledning measures "$M1" prioritise '{"decisionReference":"KS 2025-02-03 § 12","reason":"Stor effekt på kort sikt, låg risk."}'
step ledning measures "$M1" assign '{"department":"Socialförvaltningen","responsibleRole":"Förvaltningschef","dueDate":"2027-06-30","decisionReference":"KS 2025-02-03 § 13"}'
step chef-sn measures "$M1" realise '{"amountTkr":250,"year":2025,"recurring":true,"note":"Två placeringar avslutade i förtid; öppenvården tog över."}'
step chef-sn measures "$M1" follow-up '{"note":"Följt upp i delårsrapporten augusti: arbetet går enligt plan, två nya familjebehandlare är på plats."}'
step chef-sn measures "$M1" revise-estimate '{"estimatedSavingTkr":900,"reason":"Fler ärenden än väntat kan hanteras på hemmaplan."}'
step chef-sn measures "$M1" realise '{"amountTkr":300.5,"year":2026,"recurring":false,"note":"Engångseffekt: återbetalning från köpt plats."}'
step ledning measures "$M1" realise '{"amountTkr":100,"year":2026,"recurring":true,"note":"Årseffekt av minskat antal köpta platser."}'
step chef-sn measures "$M1" complete '{"reason":"Åtgärden är genomförd; effekten följs i ordinarie uppföljning.","decisionReference":"SN 2026-10-15 § 88"}'

# ---------------------------------------------------------------- a KS measure: estimate revised to a figure and to null; stays realising
step ledning measures "$M2" prioritise '{"decisionReference":"KS 2025-02-03 § 14"}'
step ledning measures "$M2" revise-estimate '{"estimatedSavingTkr":600,"reason":"Första bedömning efter förstudie."}'
step ledning measures "$M2" revise-estimate '{"estimatedSavingTkr":null,"reason":"För tidigt att bedöma; upphandlingen är överklagad."}'
step ledning measures "$M2" assign '{"department":"Kommunledningskontoret","responsibleRole":"Digitaliseringschef"}'
step ledning measures "$M2" follow-up '{"note":"Upphandlingen är avgjord i förvaltningsrätten; införandet börjar i höst."}'
step ledning measures "$M2" realise '{"amountTkr":150,"year":2026,"recurring":true,"note":"Två växeltjänster avvecklade från 1 juli."}'

# ---------------------------------------------------------------- decline, cancel
step ledning measures "$M3" decline '{"decisionReference":"KS 2025-03-10 § 31","reason":"Fritidsgården behövs för ungdomsverksamheten i Nolhaga."}'
step chef-sn measures "$M4" follow-up '{"note":"Lokalerna på Kungsgatan sägs upp tidigast 2027; åtgärden bör vänta."}'
step ledning measures "$M4" cancel '{"reason":"Hyresavtalet går inte att säga upp i förtid.","decisionReference":"KS 2025-05-05 § 57"}'

# ---------------------------------------------------------------- shifts
step ledning shifts "$S1" prioritise '{"decisionReference":"KS 2025-02-03 § 15","reason":"Följer av genomlysningen."}'
step ledning shifts "$S1" assign '{"department":"Vård- och omsorgsförvaltningen","responsibleRole":"Förvaltningschef","dueDate":"2027-12-31","decisionReference":"KS 2025-02-03 § 16"}'
M5=$(propose_from ledning shifts "$S1" '{
  "title": "Utökad hemtjänst med trygghetsteknik nattetid",
  "committee": "VON", "category": "operationalChange", "horizon": "shortTerm", "estimatedSavingTkr": 500}')
step ledning shifts "$S1" realise '{"amountTkr":400,"year":2026,"recurring":true,"note":"Tolv färre platser på särskilt boende."}'
step ledning shifts "$S1" follow-up '{"note":"Väntelistan till särskilt boende är kortare än på fem år."}'
step ledning shifts "$S1" complete '{"reason":"Förflyttningen är genomförd.","decisionReference":"KS 2026-09-07 § 101"}'

step ledning shifts "$S2" prioritise '{"decisionReference":"KS 2025-04-07 § 44"}'
M6=$(propose_from chef-sn shifts "$S2" '{
  "title": "Öppen mottagning för unga vuxna på Ängabo",
  "committee": "SN", "estimatedSavingTkr": 120, "source": "Förflyttning mot förebyggande arbete"}')
step chef-sn shifts "$S2" revise-estimate '{"estimatedSavingTkr":300,"reason":"Beräknat på färre placeringar av unga vuxna."}'
step ledning shifts "$S2" cancel '{"reason":"Ersätts av åtgärden om öppen mottagning."}'

step ledning shifts "$S3" decline '{"decisionReference":"KS 2025-04-07 § 45","reason":"Redan infört i praktiken."}'

# ---------------------------------------------------------------- investigations
step ledning investigations "$I1" prioritise '{"decisionReference":"KS 2025-02-03 § 17"}'
step ledning investigations "$I1" assign '{"department":"Kultur- och utbildningsförvaltningen","responsibleRole":"Ekonomichef","dueDate":"2027-03-31","decisionReference":"KS 2025-02-03 § 18"}'
step ledning investigations "$I1" conclude '{"findings":"En samordnad upphandling med gemensamma linjer för grundskola och särskola ger lägre kostnader; avtalen löper ut 2026."}'
M7=$(propose_from ledning investigations "$I1" '{
  "title": "Samordnad upphandling av skolskjuts från läsåret 2026/27",
  "committee": "KUN", "category": "operationalChange", "horizon": "shortTerm", "estimatedSavingTkr": 700}')
step ledning investigations "$I1" complete '{"reason":"Utredningen är klar och har lett till en åtgärd.","decisionReference":"KUN 2026-04-22 § 40"}'

step ledning investigations "$I2" prioritise '{"decisionReference":"KS 2025-03-10 § 32"}'
step ledning investigations "$I2" assign '{"department":"Socialförvaltningen","responsibleRole":"Enhetschef socialjouren"}'
step chef-sn investigations "$I2" conclude '{"findings":"Gemensam socialjour med Lerum och Vårgårda täcker helgerna med färre jourpass."}'
M8=$(propose_from chef-sn investigations "$I2" '{
  "title": "Gemensam socialjour med grannkommunerna",
  "committee": "SN", "horizon": "longTerm", "estimatedSavingTkr": 200}')
step chef-sn investigations "$I2" realise '{"amountTkr":75,"year":2025,"recurring":false,"note":"Färre övertidstimmar under hösten."}'
step chef-sn investigations "$I2" follow-up '{"note":"Avtalet med grannkommunerna skrivs under i december."}'

step ledning investigations "$I3" prioritise '{"decisionReference":"KS 2025-05-05 § 58"}'
step ledning investigations "$I3" cancel '{"reason":"Ingår i arbetet med lokaleffektivitet.","decisionReference":"KS 2025-09-01 § 80"}'

# ---------------------------------------------------------------- measures that came from shifts and investigations
step ledning measures "$M5" prioritise '{"decisionReference":"KS 2025-06-09 § 70"}'
step ledning measures "$M5" assign '{"department":"Vård- och omsorgsförvaltningen","dueDate":"2026-12-31"}'
step ledning measures "$M7" prioritise '{"decisionReference":"KS 2026-05-04 § 49"}'
step chef-sn measures "$M8" follow-up '{"note":"Ärendet tas upp i socialnämnden i januari."}'

# ---------------------------------------------------------------- imported plan items
step chef-sn investigations "$IMPORTED_SN_INVESTIGATION" realise '{"amountTkr":200,"year":2026,"recurring":true,"note":"Fem personer i kommunala arbetsmarknadsanställningar i stället för försörjningsstöd."}'
step chef-sn investigations "$IMPORTED_SN_INVESTIGATION" follow-up '{"note":"Samarbetet med arbetsmarknadsenheten fungerar väl."}'
step chef-sn investigations "$IMPORTED_SN_INVESTIGATION" conclude '{"findings":"Kommunens egna verksamheter kan ta emot fler i arbetsmarknadsåtgärder; effekten på försörjningsstödet är tydlig."}'
step ledning investigations "$IMPORTED_BMN_INVESTIGATION" realise '{"amountTkr":500,"year":2025,"recurring":false,"note":"Avvecklat gammalt ärendearkiv; licenskostnad återbetald."}'
step ledning investigations "$IMPORTED_BMN_INVESTIGATION" follow-up '{"note":"Mellanarkivet är upphandlat."}'
M9=$(propose_from chef-sn investigations "$IMPORTED_SN_AI_INVESTIGATION" '{
  "title": "AI-stöd för dokumentation i barn- och ungdomsutredningar",
  "committee": "SN", "category": "operationalChange", "horizon": "shortTerm", "estimatedSavingTkr": 350}')
step ledning measures "$IMPORTED_IT_MEASURE" prioritise '{"decisionReference":"KS 2025-02-03 § 19","reason":"Ingår i budget 2025–2027."}'
step ledning measures "$IMPORTED_IT_MEASURE" revise-estimate '{"estimatedSavingTkr":800,"reason":"Två system kan inte avvecklas förrän 2027."}'
step ledning measures "$IMPORTED_BUFFER_MEASURE" follow-up '{"note":"Nämnderna har lämnat sina buffertar för 2026."}'
step ledning measures "$IMPORTED_KS_MEASURE" decline '{"decisionReference":"KS 2025-03-10 § 33","reason":"Ingår i översynen av inköpsorganisationen."}'

# ---------------------------------------------------------------- nämnd buffers, 2026 only; SN twice (the latest counts)
post ledning /api/buffers/SN '{"budgetedTkr":1500,"year":2026}' 200 >/dev/null
post ledning /api/buffers/VON '{"budgetedTkr":2000,"year":2026}' 200 >/dev/null
post ledning /api/buffers/SN '{"budgetedTkr":1800,"year":2026}' 200 >/dev/null

# ---------------------------------------------------------------- what only 6062e85 has: confirm, correct, reverse
# The AI measure (SN, estimate 350 tkr) is decided and assigned; a realisation of 5 000 000 tkr, far
# above the estimate, is recorded only because it is confirmed, and is then corrected to 5 000 tkr.
step ledning measures "$M9" prioritise '{"decisionReference":"KS 2026-11-02 § 120","reason":"Kan införas med befintlig licens."}'
step ledning measures "$M9" assign '{"department":"Socialförvaltningen","responsibleRole":"Verksamhetschef IFO","dueDate":"2027-09-30","decisionReference":"KS 2026-11-02 § 121"}'
step chef-sn measures "$M9" realise '{"amountTkr":5000000,"year":2026,"recurring":true,"note":"Minskad tid för dokumentation i utredningarna.","confirmed":true}'
step chef-sn measures "$M9" correct-realisation '{"number":1,"amountTkr":5000,"year":2026,"recurring":true,"reason":"Beloppet angavs i kronor i stället för tkr."}'
# The e-arkiv's one-off realisation of 2025 is reversed: the licence cost was never paid back.
step ledning investigations "$IMPORTED_BMN_INVESTIGATION" reverse-realisation '{"number":1,"reason":"Licenskostnaden återbetalades aldrig; leverantören bestred kravet."}'

# ---------------------------------------------------------------- refused requests: nothing may be written
before=$(event_count)
# 409: a stale expectedVersion
post ledning "/api/measures/$M2/realise" '{"amountTkr":10,"year":2026,"recurring":true,"expectedVersion":1}' 409 >/dev/null
# 409: an illegal step (a completed item)
post ledning "/api/measures/$M1/follow-up" "$(jq -nc --argjson v "$(ver measures "$M1")" '{note:"För sent",expectedVersion:$v}')" 409 >/dev/null
# 400: validation (negative amount; empty title; a buffer without a year)
post chef-sn "/api/measures/$M1/realise" '{"amountTkr":-5,"year":2026,"recurring":true,"expectedVersion":1}' 400 >/dev/null
post ledning /api/measures '{"title":"  ","committee":"KS"}' 400 >/dev/null
post ledning /api/buffers/KS '{"budgetedTkr":100}' 400 >/dev/null
# 400: an amount above the estimate without "confirmed"; a due date before today; a correction of a realisation that does not exist
post chef-sn "/api/measures/$M9/realise" "$(jq -nc --argjson v "$(ver measures "$M9")" '{amountTkr:400,year:2026,recurring:true,expectedVersion:$v}')" 400 >/dev/null
post ledning "/api/measures/$M7/assign" "$(jq -nc --argjson v "$(ver measures "$M7")" '{department:"Kultur- och utbildningsförvaltningen",dueDate:"2020-01-31",expectedVersion:$v}')" 400 >/dev/null
post chef-sn "/api/measures/$M9/correct-realisation" "$(jq -nc --argjson v "$(ver measures "$M9")" '{number:2,amountTkr:10,year:2026,recurring:true,reason:"Finns inte",expectedVersion:$v}')" 400 >/dev/null
# 403: a förvaltningschef may not prioritise, nor propose for another nämnd; a revisor writes nothing
post chef-sn "/api/measures/$M6/prioritise" "$(jq -nc --argjson v "$(ver measures "$M6")" '{decisionReference:"SN 2025-01-01 § 1",expectedVersion:$v}')" 403 >/dev/null
post chef-sn /api/measures '{"title":"Något för VON","committee":"VON"}' 403 >/dev/null
post revisor "/api/measures/$M6/follow-up" "$(jq -nc --argjson v "$(ver measures "$M6")" '{note:"Revisorns anteckning",expectedVersion:$v}')" 403 >/dev/null
after=$(event_count)
if [[ "$before" != "$after" ]]; then echo "FAILED: refused requests wrote events ($before -> $after)" >&2; exit 1; fi

echo "done: $after events; measures $M1 $M2 $M3 $M4 $M5 $M6 $M7 $M8 $M9; shifts $S1 $S2 $S3; investigations $I1 $I2 $I3" >&2
