// Generated from schema/*.schema.json by `npm run gen:types`. Do not edit by hand.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const system = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://fieldguide.dev/schema/system.schema.json","title":"System","description":"The YAML front matter of one system doc, `systems/<id>.md`. The id is the file name; it is never written in the front matter.","type":"object","additionalProperties":false,"required":["name","summary","owner","lifecycle"],"patternProperties":{"^x-[a-z0-9]+(-[a-z0-9]+)*$":{"description":"A team field the schema does not have (`x-runbook-url`, `x-cost-center`): any top-level key starting with `x-`, in kebab-case. It is shown on the system page; when the config declares it under `extensions`, its value is checked against that schema. Every other unknown key is still an error."}},"properties":{"name":{"description":"Human name of the system, as people say it (\"Buildbot masters\").","type":"string","minLength":1,"maxLength":120},"summary":{"description":"One line on what the system does and for whom; shown in lists and search results.","type":"string","minLength":1,"maxLength":300,"pattern":"^[^\\n]*$"},"owner":{"description":"Id of the team that owns the system; must be declared in `systems/teams.yaml`.","$ref":"#/$defs/id"},"experts":{"description":"The people who actually know the system, best first. Two or more keep the bus factor above one.","type":"array","items":{"$ref":"#/$defs/person"}},"contacts":{"description":"Where to ask about the system and whom to escalate to when it is down.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"chat":{"description":"Chat channel where the owners answer questions (\"#releng\").","type":"string","minLength":1},"email":{"description":"Mailing list or address for non-urgent questions.","type":"string","format":"email"},"oncall":{"description":"How to reach whoever is on call (rotation name, pager alias or URL).","type":"string","minLength":1},"escalation":{"description":"Who to escalate to when on call cannot help, in order.","type":"string","minLength":1},"issues":{"description":"Where to file bugs against the system.","$ref":"#/$defs/url"}}},"lifecycle":{"description":"Where the system is in its life. What the doc must contain grows with it: `proposed` < `experimental` < `production`; `deprecated` needs a replacement or a retirement note.","enum":["proposed","experimental","production","deprecated","retired"]},"tier":{"description":"Criticality: 1 = outage stops the business (releases, builds), 4 = nice to have.","type":"integer","minimum":1,"maximum":4},"kind":{"description":"What sort of system this is: a built-in kind (listed in `$defs/builtInKind`: `service`, `website`, `database` and so on) or one the config adds under `kinds`; anything else is reported by rule `unknown-kind`. Databases, queues, hosting and DNS are systems too, so the graph shows them.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40},"tags":{"description":"Free-form lowercase labels for search and filtering (\"ci\", \"release\").","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40}},"depends_on":{"description":"Systems this one needs, by id: a plain id (a hard dependency) or an object saying how it is used and whether it is hard or soft. Write `[]` for a system that depends on nothing.","type":"array","items":{"oneOf":[{"$ref":"#/$defs/id"},{"$ref":"#/$defs/dependency"}]}},"runs_on":{"description":"Where the system runs.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"provider":{"description":"Who provides the machines (a data center, a cloud provider and region, a SaaS vendor).","type":"string","minLength":1},"environments":{"description":"Environments the system is deployed to (\"production\", \"staging\").","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"hosts":{"description":"Host names or host patterns the system runs on.","type":"array","items":{"type":"string","minLength":1}},"notes":{"description":"Anything else about where and how it is deployed.","type":"string"}}},"interfaces":{"description":"What the system offers to people and other systems: web UIs, APIs, message exchanges, command lines.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"What the interface is called.","type":"string","minLength":1},"type":{"description":"Sort of interface.","enum":["web","http-api","message-bus","database","cli","file","other"]},"url":{"description":"Where it lives.","$ref":"#/$defs/url"},"description":{"description":"What it is for and who uses it.","type":"string"}}}},"links":{"description":"Other useful places: source repository, design docs, wiki pages.","type":"array","items":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"description":"Link text.","type":"string","minLength":1},"url":{"description":"Link target.","$ref":"#/$defs/url"}}}},"access":{"description":"How to get access to the system's hosts, logs, database and dashboards: what, how and who grants it. Never the secret itself.","type":"array","items":{"type":"object","additionalProperties":false,"required":["what","how"],"properties":{"what":{"description":"What you get access to (\"ssh to the masters\", \"read-only DB account\").","type":"string","minLength":1},"how":{"description":"The steps to get it (which group, which form, which bug component).","type":"string","minLength":1},"granted_by":{"description":"Who approves or grants it.","type":"string","minLength":1}}}},"monitoring":{"description":"How to tell whether the system is healthy.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"healthy":{"description":"What \"healthy\" looks like, in numbers where possible.","type":"string","minLength":1},"dashboards":{"description":"Dashboards to watch.","type":"array","items":{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"description":"Dashboard name.","type":"string","minLength":1},"url":{"description":"Where it is.","$ref":"#/$defs/url"},"notes":{"description":"How to read it.","type":"string"}}}},"alerts":{"description":"Alerts that fire for this system.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Alert or check name.","type":"string","minLength":1},"channel":{"description":"Where it is delivered (a chat channel, a pager).","type":"string"},"meaning":{"description":"What it means and what to do first.","type":"string"}}}}}},"capacity":{"description":"Load the system is built for; a proposal answers this before anything is built.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"expected_load":{"description":"Expected load in numbers (requests, jobs, pushes, bytes per day).","type":"string","minLength":1},"growth":{"description":"How the load is expected to grow.","type":"string","minLength":1},"limits":{"description":"Known limits and what happens past them.","type":"string","minLength":1}}},"data_stores":{"description":"Where the system keeps its data, in words. Stores that are systems of their own belong in `depends_on` too.","type":"array","items":{"type":"string","minLength":1}},"ilities":{"description":"The production-readiness \"ilities\", each assessed with a status and the evidence for it.","type":"object","additionalProperties":false,"properties":{"scalability":{"description":"Scalability: can it take the expected growth?","$ref":"#/$defs/ility"},"maintainability":{"description":"Maintainability: can someone other than the author change and deploy it safely?","$ref":"#/$defs/ility"},"reliability":{"description":"Reliability: does it do the right thing, every time?","$ref":"#/$defs/ility"},"availability":{"description":"Availability: is it up when it is needed?","$ref":"#/$defs/ility"},"security":{"description":"Security: access control, secrets handling, exposure.","$ref":"#/$defs/ility"},"observability":{"description":"Observability: can you tell what it is doing and why it failed?","$ref":"#/$defs/ility"},"fault_tolerance":{"description":"Fault tolerance & isolation: does a failure stay contained, and does it survive its dependencies failing?","$ref":"#/$defs/ility"}}},"failure_modes":{"description":"Known ways the system fails: scenario, impact, mitigation, and when the mitigation was last exercised.","type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","impact","mitigation"],"properties":{"scenario":{"description":"What goes wrong.","type":"string","minLength":1},"impact":{"description":"What users and other systems see.","type":"string","minLength":1},"mitigation":{"description":"How to recover, or what limits the damage.","type":"string","minLength":1},"last_exercised":{"description":"When the mitigation was last exercised (game day, chaos test, real incident), YYYY-MM-DD.","$ref":"#/$defs/date"}}}},"review":{"description":"When the doc was last checked against reality, and by whom.","type":"object","additionalProperties":false,"required":["last_reviewed"],"properties":{"last_reviewed":{"description":"Date of the last review, YYYY-MM-DD.","$ref":"#/$defs/date"},"reviewed_by":{"description":"Who reviewed it.","type":"string","minLength":1}}},"replaced_by":{"description":"For a deprecated or retired system: the id of the system that replaces it.","$ref":"#/$defs/id"},"retirement_note":{"description":"For a deprecated or retired system with no replacement: what happens to its users and when it goes away.","type":"string","minLength":1}},"$defs":{"builtInKind":{"description":"The kinds every catalog knows; a project adds its own under `kinds` in the config.","enum":["service","website","database","queue","storage","tool","library","infrastructure","external"]},"id":{"description":"A system or team id: kebab-case, at most 63 characters.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":63},"date":{"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"},"url":{"description":"An absolute URL with an https:, http: or mailto: scheme (in any case) and a host, or for mailto: an address.","type":"string","format":"uri","pattern":"^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"},"person":{"description":"Someone who knows the system.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Full name.","type":"string","minLength":1},"handle":{"description":"Chat nickname.","type":"string","minLength":1},"email":{"description":"Email address.","type":"string","format":"email"},"knows":{"description":"What this person knows best about the system.","type":"string"}}},"dependency":{"description":"A dependency with details.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Id of the system depended on.","$ref":"#/$defs/id"},"strength":{"description":"`hard`: this system fails when that one is down; `soft`: it degrades but keeps working. Default `hard`.","enum":["hard","soft"],"default":"hard"},"protocol":{"description":"How it talks to it (HTTP, MySQL, AMQP, NFS, ssh).","type":"string","minLength":1},"usage":{"description":"What it uses it for, and which data flows.","type":"string","minLength":1}}},"ility":{"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"description":"`pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.","enum":["pass","fail","n/a","unknown"]},"notes":{"description":"Evidence for the status, or the plan to meet it.","type":"string"}}}}};
const schema32 = {"description":"A system or team id: kebab-case, at most 63 characters.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":63};
const schema33 = {"description":"Someone who knows the system.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Full name.","type":"string","minLength":1},"handle":{"description":"Chat nickname.","type":"string","minLength":1},"email":{"description":"Email address.","type":"string","format":"email"},"knows":{"description":"What this person knows best about the system.","type":"string"}}};
const schema34 = {"description":"An absolute URL with an https:, http: or mailto: scheme (in any case) and a host, or for mailto: an address.","type":"string","format":"uri","pattern":"^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"};
const schema41 = {"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"description":"`pass`: met, with evidence; `fail`: known not met; `n/a`: does not apply; `unknown`: not assessed yet.","enum":["pass","fail","n/a","unknown"]},"notes":{"description":"Evidence for the status, or the plan to meet it.","type":"string"}}};
const schema48 = {"description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^x-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^[^\\n]*$", "u");
const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats4 = require("ajv-formats/dist/formats").fullFormats.uri;
const formats12 = require("ajv-formats/dist/formats").fullFormats.date;
const schema36 = {"description":"A dependency with details.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Id of the system depended on.","$ref":"#/$defs/id"},"strength":{"description":"`hard`: this system fails when that one is down; `soft`: it degrades but keeps working. Default `hard`.","enum":["hard","soft"],"default":"hard"},"protocol":{"description":"How it talks to it (HTTP, MySQL, AMQP, NFS, ssh).","type":"string","minLength":1},"usage":{"description":"What it uses it for, and which data flows.","type":"string","minLength":1}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "strength")) || (key0 === "protocol")) || (key0 === "usage"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.strength !== undefined){
let data1 = data.strength;
if(!((data1 === "hard") || (data1 === "soft"))){
const err5 = {instancePath:instancePath+"/strength",schemaPath:"#/properties/strength/enum",keyword:"enum",params:{allowedValues: schema36.properties.strength.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.protocol !== undefined){
let data2 = data.protocol;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.usage !== undefined){
let data3 = data.usage;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://fieldguide.dev/schema/system.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.summary === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.owner === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lifecycle === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lifecycle"},message:"must have required property '"+"lifecycle"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.summary !== undefined){
let data1 = data.summary;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern5.test(data1)){
const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/pattern",keyword:"pattern",params:{pattern: "^[^\\n]*$"},message:"must match pattern \""+"^[^\\n]*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.owner !== undefined){
let data2 = data.owner;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err12 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern6.test(data2)){
const err13 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.experts !== undefined){
let data3 = data.experts;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err15 = {instancePath:instancePath+"/experts/" + i0,schemaPath:"#/$defs/person/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "name") || (key1 === "handle")) || (key1 === "email")) || (key1 === "knows"))){
const err16 = {instancePath:instancePath+"/experts/" + i0,schemaPath:"#/$defs/person/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/experts/" + i0+"/name",schemaPath:"#/$defs/person/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/experts/" + i0+"/name",schemaPath:"#/$defs/person/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.handle !== undefined){
let data6 = data4.handle;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err19 = {instancePath:instancePath+"/experts/" + i0+"/handle",schemaPath:"#/$defs/person/properties/handle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/experts/" + i0+"/handle",schemaPath:"#/$defs/person/properties/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.email !== undefined){
let data7 = data4.email;
if(typeof data7 === "string"){
if(!(formats0.test(data7))){
const err21 = {instancePath:instancePath+"/experts/" + i0+"/email",schemaPath:"#/$defs/person/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/experts/" + i0+"/email",schemaPath:"#/$defs/person/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.knows !== undefined){
if(typeof data4.knows !== "string"){
const err23 = {instancePath:instancePath+"/experts/" + i0+"/knows",schemaPath:"#/$defs/person/properties/knows/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/experts/" + i0,schemaPath:"#/$defs/person/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/experts",schemaPath:"#/properties/experts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.contacts !== undefined){
let data9 = data.contacts;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err26 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data9){
if(!(((((key2 === "chat") || (key2 === "email")) || (key2 === "oncall")) || (key2 === "escalation")) || (key2 === "issues"))){
const err27 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.chat !== undefined){
let data10 = data9.chat;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err28 = {instancePath:instancePath+"/contacts/chat",schemaPath:"#/properties/contacts/properties/chat/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/contacts/chat",schemaPath:"#/properties/contacts/properties/chat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.email !== undefined){
let data11 = data9.email;
if(typeof data11 === "string"){
if(!(formats0.test(data11))){
const err30 = {instancePath:instancePath+"/contacts/email",schemaPath:"#/properties/contacts/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/contacts/email",schemaPath:"#/properties/contacts/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.oncall !== undefined){
let data12 = data9.oncall;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err32 = {instancePath:instancePath+"/contacts/oncall",schemaPath:"#/properties/contacts/properties/oncall/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/contacts/oncall",schemaPath:"#/properties/contacts/properties/oncall/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.escalation !== undefined){
let data13 = data9.escalation;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err34 = {instancePath:instancePath+"/contacts/escalation",schemaPath:"#/properties/contacts/properties/escalation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/contacts/escalation",schemaPath:"#/properties/contacts/properties/escalation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.issues !== undefined){
let data14 = data9.issues;
if(typeof data14 === "string"){
if(!pattern7.test(data14)){
const err36 = {instancePath:instancePath+"/contacts/issues",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"},message:"must match pattern \""+"^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats4(data14))){
const err37 = {instancePath:instancePath+"/contacts/issues",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/contacts/issues",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data15 = data.lifecycle;
if(!(((((data15 === "proposed") || (data15 === "experimental")) || (data15 === "production")) || (data15 === "deprecated")) || (data15 === "retired"))){
const err40 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/properties/lifecycle/enum",keyword:"enum",params:{allowedValues: schema31.properties.lifecycle.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.tier !== undefined){
let data16 = data.tier;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err41 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 4 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err43 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data.kind !== undefined){
let data17 = data.kind;
if(typeof data17 === "string"){
if(func2(data17) > 40){
const err44 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern6.test(data17)){
const err45 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.tags !== undefined){
let data18 = data.tags;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
if(typeof data19 === "string"){
if(func2(data19) > 40){
const err47 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern6.test(data19)){
const err48 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let i2 = data18.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data18[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err51 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data20 = data.depends_on;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i3=0; i3<len2; i3++){
let data21 = data20[i3];
const _errs49 = errors;
let valid13 = false;
let passing0 = null;
const _errs50 = errors;
if(typeof data21 === "string"){
if(func2(data21) > 63){
const err52 = {instancePath:instancePath+"/depends_on/" + i3,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern6.test(data21)){
const err53 = {instancePath:instancePath+"/depends_on/" + i3,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/depends_on/" + i3,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs50 === errors;
if(_valid0){
valid13 = true;
passing0 = 0;
}
const _errs53 = errors;
if(!(validate21(data21, {instancePath:instancePath+"/depends_on/" + i3,parentData:data20,parentDataProperty:i3,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate21.errors; else for (const e of validate21.errors) vErrors.push(e);
errors = vErrors.length;
}
var _valid0 = _errs53 === errors;
if(_valid0 && valid13){
valid13 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid13 = true;
passing0 = 1;
}
}
if(!valid13){
const err55 = {instancePath:instancePath+"/depends_on/" + i3,schemaPath:"#/properties/depends_on/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.runs_on !== undefined){
let data22 = data.runs_on;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
const err57 = {instancePath:instancePath+"/runs_on",schemaPath:"#/properties/runs_on/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key3 in data22){
if(!((((key3 === "provider") || (key3 === "environments")) || (key3 === "hosts")) || (key3 === "notes"))){
const err58 = {instancePath:instancePath+"/runs_on",schemaPath:"#/properties/runs_on/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data22.provider !== undefined){
let data23 = data22.provider;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err59 = {instancePath:instancePath+"/runs_on/provider",schemaPath:"#/properties/runs_on/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/runs_on/provider",schemaPath:"#/properties/runs_on/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data22.environments !== undefined){
let data24 = data22.environments;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i4=0; i4<len3; i4++){
let data25 = data24[i4];
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err61 = {instancePath:instancePath+"/runs_on/environments/" + i4,schemaPath:"#/properties/runs_on/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/runs_on/environments/" + i4,schemaPath:"#/properties/runs_on/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
let i5 = data24.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data24[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err63 = {instancePath:instancePath+"/runs_on/environments",schemaPath:"#/properties/runs_on/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err64 = {instancePath:instancePath+"/runs_on/environments",schemaPath:"#/properties/runs_on/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data22.hosts !== undefined){
let data26 = data22.hosts;
if(Array.isArray(data26)){
const len4 = data26.length;
for(let i6=0; i6<len4; i6++){
let data27 = data26[i6];
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err65 = {instancePath:instancePath+"/runs_on/hosts/" + i6,schemaPath:"#/properties/runs_on/properties/hosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/runs_on/hosts/" + i6,schemaPath:"#/properties/runs_on/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/runs_on/hosts",schemaPath:"#/properties/runs_on/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data22.notes !== undefined){
if(typeof data22.notes !== "string"){
const err68 = {instancePath:instancePath+"/runs_on/notes",schemaPath:"#/properties/runs_on/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/runs_on",schemaPath:"#/properties/runs_on/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.interfaces !== undefined){
let data29 = data.interfaces;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i7=0; i7<len5; i7++){
let data30 = data29[i7];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.name === undefined){
const err70 = {instancePath:instancePath+"/interfaces/" + i7,schemaPath:"#/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key4 in data30){
if(!((((key4 === "name") || (key4 === "type")) || (key4 === "url")) || (key4 === "description"))){
const err71 = {instancePath:instancePath+"/interfaces/" + i7,schemaPath:"#/properties/interfaces/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data30.name !== undefined){
let data31 = data30.name;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err72 = {instancePath:instancePath+"/interfaces/" + i7+"/name",schemaPath:"#/properties/interfaces/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/interfaces/" + i7+"/name",schemaPath:"#/properties/interfaces/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data30.type !== undefined){
let data32 = data30.type;
if(!(((((((data32 === "web") || (data32 === "http-api")) || (data32 === "message-bus")) || (data32 === "database")) || (data32 === "cli")) || (data32 === "file")) || (data32 === "other"))){
const err74 = {instancePath:instancePath+"/interfaces/" + i7+"/type",schemaPath:"#/properties/interfaces/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.interfaces.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data30.url !== undefined){
let data33 = data30.url;
if(typeof data33 === "string"){
if(!pattern7.test(data33)){
const err75 = {instancePath:instancePath+"/interfaces/" + i7+"/url",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"},message:"must match pattern \""+"^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(formats4(data33))){
const err76 = {instancePath:instancePath+"/interfaces/" + i7+"/url",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/interfaces/" + i7+"/url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data30.description !== undefined){
if(typeof data30.description !== "string"){
const err78 = {instancePath:instancePath+"/interfaces/" + i7+"/description",schemaPath:"#/properties/interfaces/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/interfaces/" + i7,schemaPath:"#/properties/interfaces/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/interfaces",schemaPath:"#/properties/interfaces/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.links !== undefined){
let data35 = data.links;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i8=0; i8<len6; i8++){
let data36 = data35[i8];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.title === undefined){
const err81 = {instancePath:instancePath+"/links/" + i8,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data36.url === undefined){
const err82 = {instancePath:instancePath+"/links/" + i8,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key5 in data36){
if(!((key5 === "title") || (key5 === "url"))){
const err83 = {instancePath:instancePath+"/links/" + i8,schemaPath:"#/properties/links/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data36.title !== undefined){
let data37 = data36.title;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err84 = {instancePath:instancePath+"/links/" + i8+"/title",schemaPath:"#/properties/links/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/links/" + i8+"/title",schemaPath:"#/properties/links/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data36.url !== undefined){
let data38 = data36.url;
if(typeof data38 === "string"){
if(!pattern7.test(data38)){
const err86 = {instancePath:instancePath+"/links/" + i8+"/url",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"},message:"must match pattern \""+"^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!(formats4(data38))){
const err87 = {instancePath:instancePath+"/links/" + i8+"/url",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/links/" + i8+"/url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/links/" + i8,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.access !== undefined){
let data39 = data.access;
if(Array.isArray(data39)){
const len7 = data39.length;
for(let i9=0; i9<len7; i9++){
let data40 = data39[i9];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.what === undefined){
const err91 = {instancePath:instancePath+"/access/" + i9,schemaPath:"#/properties/access/items/required",keyword:"required",params:{missingProperty: "what"},message:"must have required property '"+"what"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data40.how === undefined){
const err92 = {instancePath:instancePath+"/access/" + i9,schemaPath:"#/properties/access/items/required",keyword:"required",params:{missingProperty: "how"},message:"must have required property '"+"how"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key6 in data40){
if(!(((key6 === "what") || (key6 === "how")) || (key6 === "granted_by"))){
const err93 = {instancePath:instancePath+"/access/" + i9,schemaPath:"#/properties/access/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data40.what !== undefined){
let data41 = data40.what;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err94 = {instancePath:instancePath+"/access/" + i9+"/what",schemaPath:"#/properties/access/items/properties/what/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/access/" + i9+"/what",schemaPath:"#/properties/access/items/properties/what/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data40.how !== undefined){
let data42 = data40.how;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err96 = {instancePath:instancePath+"/access/" + i9+"/how",schemaPath:"#/properties/access/items/properties/how/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/access/" + i9+"/how",schemaPath:"#/properties/access/items/properties/how/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data40.granted_by !== undefined){
let data43 = data40.granted_by;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err98 = {instancePath:instancePath+"/access/" + i9+"/granted_by",schemaPath:"#/properties/access/items/properties/granted_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/access/" + i9+"/granted_by",schemaPath:"#/properties/access/items/properties/granted_by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/access/" + i9,schemaPath:"#/properties/access/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/access",schemaPath:"#/properties/access/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.monitoring !== undefined){
let data44 = data.monitoring;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(Object.keys(data44).length < 1){
const err102 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key7 in data44){
if(!(((key7 === "healthy") || (key7 === "dashboards")) || (key7 === "alerts"))){
const err103 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data44.healthy !== undefined){
let data45 = data44.healthy;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err104 = {instancePath:instancePath+"/monitoring/healthy",schemaPath:"#/properties/monitoring/properties/healthy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/monitoring/healthy",schemaPath:"#/properties/monitoring/properties/healthy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data44.dashboards !== undefined){
let data46 = data44.dashboards;
if(Array.isArray(data46)){
const len8 = data46.length;
for(let i10=0; i10<len8; i10++){
let data47 = data46[i10];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.title === undefined){
const err106 = {instancePath:instancePath+"/monitoring/dashboards/" + i10,schemaPath:"#/properties/monitoring/properties/dashboards/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key8 in data47){
if(!(((key8 === "title") || (key8 === "url")) || (key8 === "notes"))){
const err107 = {instancePath:instancePath+"/monitoring/dashboards/" + i10,schemaPath:"#/properties/monitoring/properties/dashboards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data47.title !== undefined){
let data48 = data47.title;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err108 = {instancePath:instancePath+"/monitoring/dashboards/" + i10+"/title",schemaPath:"#/properties/monitoring/properties/dashboards/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/monitoring/dashboards/" + i10+"/title",schemaPath:"#/properties/monitoring/properties/dashboards/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data47.url !== undefined){
let data49 = data47.url;
if(typeof data49 === "string"){
if(!pattern7.test(data49)){
const err110 = {instancePath:instancePath+"/monitoring/dashboards/" + i10+"/url",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"},message:"must match pattern \""+"^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\\s]*@)?[^/?#@:\\s][^/?#@]*(?:[/?#]|$)|[Mm][Aa][Ii][Ll][Tt][Oo]:[^@?\\s]+@[^@?\\s])"+"\""};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(!(formats4(data49))){
const err111 = {instancePath:instancePath+"/monitoring/dashboards/" + i10+"/url",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/monitoring/dashboards/" + i10+"/url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data47.notes !== undefined){
if(typeof data47.notes !== "string"){
const err113 = {instancePath:instancePath+"/monitoring/dashboards/" + i10+"/notes",schemaPath:"#/properties/monitoring/properties/dashboards/items/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/monitoring/dashboards/" + i10,schemaPath:"#/properties/monitoring/properties/dashboards/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/monitoring/dashboards",schemaPath:"#/properties/monitoring/properties/dashboards/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data44.alerts !== undefined){
let data51 = data44.alerts;
if(Array.isArray(data51)){
const len9 = data51.length;
for(let i11=0; i11<len9; i11++){
let data52 = data51[i11];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.name === undefined){
const err116 = {instancePath:instancePath+"/monitoring/alerts/" + i11,schemaPath:"#/properties/monitoring/properties/alerts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
for(const key9 in data52){
if(!(((key9 === "name") || (key9 === "channel")) || (key9 === "meaning"))){
const err117 = {instancePath:instancePath+"/monitoring/alerts/" + i11,schemaPath:"#/properties/monitoring/properties/alerts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data52.name !== undefined){
let data53 = data52.name;
if(typeof data53 === "string"){
if(func2(data53) < 1){
const err118 = {instancePath:instancePath+"/monitoring/alerts/" + i11+"/name",schemaPath:"#/properties/monitoring/properties/alerts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/monitoring/alerts/" + i11+"/name",schemaPath:"#/properties/monitoring/properties/alerts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data52.channel !== undefined){
if(typeof data52.channel !== "string"){
const err120 = {instancePath:instancePath+"/monitoring/alerts/" + i11+"/channel",schemaPath:"#/properties/monitoring/properties/alerts/items/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data52.meaning !== undefined){
if(typeof data52.meaning !== "string"){
const err121 = {instancePath:instancePath+"/monitoring/alerts/" + i11+"/meaning",schemaPath:"#/properties/monitoring/properties/alerts/items/properties/meaning/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/monitoring/alerts/" + i11,schemaPath:"#/properties/monitoring/properties/alerts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/monitoring/alerts",schemaPath:"#/properties/monitoring/properties/alerts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.capacity !== undefined){
let data56 = data.capacity;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(Object.keys(data56).length < 1){
const err125 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key10 in data56){
if(!(((key10 === "expected_load") || (key10 === "growth")) || (key10 === "limits"))){
const err126 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data56.expected_load !== undefined){
let data57 = data56.expected_load;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err127 = {instancePath:instancePath+"/capacity/expected_load",schemaPath:"#/properties/capacity/properties/expected_load/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/capacity/expected_load",schemaPath:"#/properties/capacity/properties/expected_load/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data56.growth !== undefined){
let data58 = data56.growth;
if(typeof data58 === "string"){
if(func2(data58) < 1){
const err129 = {instancePath:instancePath+"/capacity/growth",schemaPath:"#/properties/capacity/properties/growth/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/capacity/growth",schemaPath:"#/properties/capacity/properties/growth/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data56.limits !== undefined){
let data59 = data56.limits;
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err131 = {instancePath:instancePath+"/capacity/limits",schemaPath:"#/properties/capacity/properties/limits/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/capacity/limits",schemaPath:"#/properties/capacity/properties/limits/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.data_stores !== undefined){
let data60 = data.data_stores;
if(Array.isArray(data60)){
const len10 = data60.length;
for(let i12=0; i12<len10; i12++){
let data61 = data60[i12];
if(typeof data61 === "string"){
if(func2(data61) < 1){
const err134 = {instancePath:instancePath+"/data_stores/" + i12,schemaPath:"#/properties/data_stores/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/data_stores/" + i12,schemaPath:"#/properties/data_stores/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/data_stores",schemaPath:"#/properties/data_stores/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.ilities !== undefined){
let data62 = data.ilities;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
for(const key11 in data62){
if(!(((((((key11 === "scalability") || (key11 === "maintainability")) || (key11 === "reliability")) || (key11 === "availability")) || (key11 === "security")) || (key11 === "observability")) || (key11 === "fault_tolerance"))){
const err137 = {instancePath:instancePath+"/ilities",schemaPath:"#/properties/ilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data62.scalability !== undefined){
let data63 = data62.scalability;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.status === undefined){
const err138 = {instancePath:instancePath+"/ilities/scalability",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key12 in data63){
if(!((key12 === "status") || (key12 === "notes"))){
const err139 = {instancePath:instancePath+"/ilities/scalability",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data63.status !== undefined){
let data64 = data63.status;
if(!((((data64 === "pass") || (data64 === "fail")) || (data64 === "n/a")) || (data64 === "unknown"))){
const err140 = {instancePath:instancePath+"/ilities/scalability/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data63.notes !== undefined){
if(typeof data63.notes !== "string"){
const err141 = {instancePath:instancePath+"/ilities/scalability/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/ilities/scalability",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data62.maintainability !== undefined){
let data66 = data62.maintainability;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.status === undefined){
const err143 = {instancePath:instancePath+"/ilities/maintainability",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
for(const key13 in data66){
if(!((key13 === "status") || (key13 === "notes"))){
const err144 = {instancePath:instancePath+"/ilities/maintainability",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data66.status !== undefined){
let data67 = data66.status;
if(!((((data67 === "pass") || (data67 === "fail")) || (data67 === "n/a")) || (data67 === "unknown"))){
const err145 = {instancePath:instancePath+"/ilities/maintainability/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data66.notes !== undefined){
if(typeof data66.notes !== "string"){
const err146 = {instancePath:instancePath+"/ilities/maintainability/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/ilities/maintainability",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data62.reliability !== undefined){
let data69 = data62.reliability;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.status === undefined){
const err148 = {instancePath:instancePath+"/ilities/reliability",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key14 in data69){
if(!((key14 === "status") || (key14 === "notes"))){
const err149 = {instancePath:instancePath+"/ilities/reliability",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data69.status !== undefined){
let data70 = data69.status;
if(!((((data70 === "pass") || (data70 === "fail")) || (data70 === "n/a")) || (data70 === "unknown"))){
const err150 = {instancePath:instancePath+"/ilities/reliability/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data69.notes !== undefined){
if(typeof data69.notes !== "string"){
const err151 = {instancePath:instancePath+"/ilities/reliability/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/ilities/reliability",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data62.availability !== undefined){
let data72 = data62.availability;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.status === undefined){
const err153 = {instancePath:instancePath+"/ilities/availability",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
for(const key15 in data72){
if(!((key15 === "status") || (key15 === "notes"))){
const err154 = {instancePath:instancePath+"/ilities/availability",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data72.status !== undefined){
let data73 = data72.status;
if(!((((data73 === "pass") || (data73 === "fail")) || (data73 === "n/a")) || (data73 === "unknown"))){
const err155 = {instancePath:instancePath+"/ilities/availability/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data72.notes !== undefined){
if(typeof data72.notes !== "string"){
const err156 = {instancePath:instancePath+"/ilities/availability/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/ilities/availability",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data62.security !== undefined){
let data75 = data62.security;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.status === undefined){
const err158 = {instancePath:instancePath+"/ilities/security",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
for(const key16 in data75){
if(!((key16 === "status") || (key16 === "notes"))){
const err159 = {instancePath:instancePath+"/ilities/security",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data75.status !== undefined){
let data76 = data75.status;
if(!((((data76 === "pass") || (data76 === "fail")) || (data76 === "n/a")) || (data76 === "unknown"))){
const err160 = {instancePath:instancePath+"/ilities/security/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data75.notes !== undefined){
if(typeof data75.notes !== "string"){
const err161 = {instancePath:instancePath+"/ilities/security/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/ilities/security",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data62.observability !== undefined){
let data78 = data62.observability;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.status === undefined){
const err163 = {instancePath:instancePath+"/ilities/observability",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key17 in data78){
if(!((key17 === "status") || (key17 === "notes"))){
const err164 = {instancePath:instancePath+"/ilities/observability",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data78.status !== undefined){
let data79 = data78.status;
if(!((((data79 === "pass") || (data79 === "fail")) || (data79 === "n/a")) || (data79 === "unknown"))){
const err165 = {instancePath:instancePath+"/ilities/observability/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data78.notes !== undefined){
if(typeof data78.notes !== "string"){
const err166 = {instancePath:instancePath+"/ilities/observability/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/ilities/observability",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data62.fault_tolerance !== undefined){
let data81 = data62.fault_tolerance;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.status === undefined){
const err168 = {instancePath:instancePath+"/ilities/fault_tolerance",schemaPath:"#/$defs/ility/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
for(const key18 in data81){
if(!((key18 === "status") || (key18 === "notes"))){
const err169 = {instancePath:instancePath+"/ilities/fault_tolerance",schemaPath:"#/$defs/ility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data81.status !== undefined){
let data82 = data81.status;
if(!((((data82 === "pass") || (data82 === "fail")) || (data82 === "n/a")) || (data82 === "unknown"))){
const err170 = {instancePath:instancePath+"/ilities/fault_tolerance/status",schemaPath:"#/$defs/ility/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data81.notes !== undefined){
if(typeof data81.notes !== "string"){
const err171 = {instancePath:instancePath+"/ilities/fault_tolerance/notes",schemaPath:"#/$defs/ility/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/ilities/fault_tolerance",schemaPath:"#/$defs/ility/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/ilities",schemaPath:"#/properties/ilities/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data.failure_modes !== undefined){
let data84 = data.failure_modes;
if(Array.isArray(data84)){
const len11 = data84.length;
for(let i13=0; i13<len11; i13++){
let data85 = data84[i13];
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.scenario === undefined){
const err174 = {instancePath:instancePath+"/failure_modes/" + i13,schemaPath:"#/properties/failure_modes/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data85.impact === undefined){
const err175 = {instancePath:instancePath+"/failure_modes/" + i13,schemaPath:"#/properties/failure_modes/items/required",keyword:"required",params:{missingProperty: "impact"},message:"must have required property '"+"impact"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data85.mitigation === undefined){
const err176 = {instancePath:instancePath+"/failure_modes/" + i13,schemaPath:"#/properties/failure_modes/items/required",keyword:"required",params:{missingProperty: "mitigation"},message:"must have required property '"+"mitigation"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key19 in data85){
if(!((((key19 === "scenario") || (key19 === "impact")) || (key19 === "mitigation")) || (key19 === "last_exercised"))){
const err177 = {instancePath:instancePath+"/failure_modes/" + i13,schemaPath:"#/properties/failure_modes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data85.scenario !== undefined){
let data86 = data85.scenario;
if(typeof data86 === "string"){
if(func2(data86) < 1){
const err178 = {instancePath:instancePath+"/failure_modes/" + i13+"/scenario",schemaPath:"#/properties/failure_modes/items/properties/scenario/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/failure_modes/" + i13+"/scenario",schemaPath:"#/properties/failure_modes/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data85.impact !== undefined){
let data87 = data85.impact;
if(typeof data87 === "string"){
if(func2(data87) < 1){
const err180 = {instancePath:instancePath+"/failure_modes/" + i13+"/impact",schemaPath:"#/properties/failure_modes/items/properties/impact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/failure_modes/" + i13+"/impact",schemaPath:"#/properties/failure_modes/items/properties/impact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data85.mitigation !== undefined){
let data88 = data85.mitigation;
if(typeof data88 === "string"){
if(func2(data88) < 1){
const err182 = {instancePath:instancePath+"/failure_modes/" + i13+"/mitigation",schemaPath:"#/properties/failure_modes/items/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/failure_modes/" + i13+"/mitigation",schemaPath:"#/properties/failure_modes/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data85.last_exercised !== undefined){
let data89 = data85.last_exercised;
if(typeof data89 === "string"){
if(!(formats12.validate(data89))){
const err184 = {instancePath:instancePath+"/failure_modes/" + i13+"/last_exercised",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/failure_modes/" + i13+"/last_exercised",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/failure_modes/" + i13,schemaPath:"#/properties/failure_modes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/failure_modes",schemaPath:"#/properties/failure_modes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data.review !== undefined){
let data90 = data.review;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.last_reviewed === undefined){
const err188 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/required",keyword:"required",params:{missingProperty: "last_reviewed"},message:"must have required property '"+"last_reviewed"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
for(const key20 in data90){
if(!((key20 === "last_reviewed") || (key20 === "reviewed_by"))){
const err189 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data90.last_reviewed !== undefined){
let data91 = data90.last_reviewed;
if(typeof data91 === "string"){
if(!(formats12.validate(data91))){
const err190 = {instancePath:instancePath+"/review/last_reviewed",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/review/last_reviewed",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data90.reviewed_by !== undefined){
let data92 = data90.reviewed_by;
if(typeof data92 === "string"){
if(func2(data92) < 1){
const err192 = {instancePath:instancePath+"/review/reviewed_by",schemaPath:"#/properties/review/properties/reviewed_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/review/reviewed_by",schemaPath:"#/properties/review/properties/reviewed_by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data.replaced_by !== undefined){
let data93 = data.replaced_by;
if(typeof data93 === "string"){
if(func2(data93) > 63){
const err195 = {instancePath:instancePath+"/replaced_by",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!pattern6.test(data93)){
const err196 = {instancePath:instancePath+"/replaced_by",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/replaced_by",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data.retirement_note !== undefined){
let data94 = data.retirement_note;
if(typeof data94 === "string"){
if(func2(data94) < 1){
const err198 = {instancePath:instancePath+"/retirement_note",schemaPath:"#/properties/retirement_note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/retirement_note",schemaPath:"#/properties/retirement_note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
else {
const err200 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const teams = validate23;
const schema51 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://fieldguide.dev/schema/teams.schema.json","title":"Teams","description":"`systems/teams.yaml`: every team that owns systems, declared once. A system's `owner` must name one of these ids.","type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"description":"The teams.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"description":"Team id, kebab-case; what `owner` refers to.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":63},"name":{"description":"Team name as people say it.","type":"string","minLength":1},"description":{"description":"What the team does.","type":"string"},"chat":{"description":"The team's chat channel.","type":"string","minLength":1},"email":{"description":"The team's mailing list.","type":"string","format":"email"},"oncall":{"description":"How to reach whoever is on call for the team (rotation name, pager alias or URL); a system's own `contacts.oncall` wins.","type":"string","minLength":1},"escalation":{"description":"Who to escalate to when the team's on call cannot help, in order; a system's own `contacts.escalation` wins.","type":"string","minLength":1},"members":{"description":"People on the team.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Full name.","type":"string","minLength":1},"handle":{"description":"Chat nickname.","type":"string","minLength":1},"email":{"description":"Email address.","type":"string","format":"email"},"role":{"description":"Role on the team.","type":"string"}}}}}}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://fieldguide.dev/schema/teams.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "teams")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.teams !== undefined){
let data0 = data.teams;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err2 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/properties/teams/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name === undefined){
const err3 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/properties/teams/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!((((((((key1 === "id") || (key1 === "name")) || (key1 === "description")) || (key1 === "chat")) || (key1 === "email")) || (key1 === "oncall")) || (key1 === "escalation")) || (key1 === "members"))){
const err4 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/properties/teams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err5 = {instancePath:instancePath+"/teams/" + i0+"/id",schemaPath:"#/properties/teams/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data2)){
const err6 = {instancePath:instancePath+"/teams/" + i0+"/id",schemaPath:"#/properties/teams/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/teams/" + i0+"/id",schemaPath:"#/properties/teams/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.name !== undefined){
let data3 = data1.name;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/teams/" + i0+"/name",schemaPath:"#/properties/teams/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/teams/" + i0+"/name",schemaPath:"#/properties/teams/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.description !== undefined){
if(typeof data1.description !== "string"){
const err10 = {instancePath:instancePath+"/teams/" + i0+"/description",schemaPath:"#/properties/teams/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.chat !== undefined){
let data5 = data1.chat;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/teams/" + i0+"/chat",schemaPath:"#/properties/teams/items/properties/chat/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/teams/" + i0+"/chat",schemaPath:"#/properties/teams/items/properties/chat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.email !== undefined){
let data6 = data1.email;
if(typeof data6 === "string"){
if(!(formats0.test(data6))){
const err13 = {instancePath:instancePath+"/teams/" + i0+"/email",schemaPath:"#/properties/teams/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/teams/" + i0+"/email",schemaPath:"#/properties/teams/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.oncall !== undefined){
let data7 = data1.oncall;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err15 = {instancePath:instancePath+"/teams/" + i0+"/oncall",schemaPath:"#/properties/teams/items/properties/oncall/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/teams/" + i0+"/oncall",schemaPath:"#/properties/teams/items/properties/oncall/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.escalation !== undefined){
let data8 = data1.escalation;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err17 = {instancePath:instancePath+"/teams/" + i0+"/escalation",schemaPath:"#/properties/teams/items/properties/escalation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/teams/" + i0+"/escalation",schemaPath:"#/properties/teams/items/properties/escalation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.members !== undefined){
let data9 = data1.members;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err19 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1,schemaPath:"#/properties/teams/items/properties/members/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data10){
if(!((((key2 === "name") || (key2 === "handle")) || (key2 === "email")) || (key2 === "role"))){
const err20 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1,schemaPath:"#/properties/teams/items/properties/members/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err21 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/name",schemaPath:"#/properties/teams/items/properties/members/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/name",schemaPath:"#/properties/teams/items/properties/members/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.handle !== undefined){
let data12 = data10.handle;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err23 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/handle",schemaPath:"#/properties/teams/items/properties/members/items/properties/handle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/handle",schemaPath:"#/properties/teams/items/properties/members/items/properties/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.email !== undefined){
let data13 = data10.email;
if(typeof data13 === "string"){
if(!(formats0.test(data13))){
const err25 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/email",schemaPath:"#/properties/teams/items/properties/members/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/email",schemaPath:"#/properties/teams/items/properties/members/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.role !== undefined){
if(typeof data10.role !== "string"){
const err27 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1+"/role",schemaPath:"#/properties/teams/items/properties/members/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/teams/" + i0+"/members/" + i1,schemaPath:"#/properties/teams/items/properties/members/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/teams/" + i0+"/members",schemaPath:"#/properties/teams/items/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/properties/teams/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate24;
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://fieldguide.dev/schema/config.schema.json","title":"Config","description":"`fieldguide.config.yaml` at the project root: optional; every setting has a default.","type":"object","additionalProperties":false,"properties":{"systems":{"description":"Folder holding the system docs and `teams.yaml`, relative to the config file. Default `systems`.","type":"string","minLength":1},"site":{"description":"Settings for the published site.","type":"object","additionalProperties":false,"properties":{"title":{"description":"Site title shown in the header and the browser tab. Default `fieldguide`.","type":"string","minLength":1},"base":{"description":"Path the site is served from, such as `/my-repo/` on GitHub Pages. Default `/`.","type":"string","pattern":"^/"},"url":{"description":"Public origin of the site (`https://example.github.io`), used for canonical links.","type":"string","pattern":"^https?://"},"repository":{"description":"Web URL of the repository holding the docs (`https://github.com/org/repo`). \"Edit this page\" links follow its host: GitHub (`github.com`, or a host containing `github`) `<repository>/edit/<branch>/<path>`, GitLab (a host containing `gitlab`) `<repository>/-/edit/<branch>/<path>`, Gitea and Forgejo (`codeberg.org`, or a host containing `gitea` or `forgejo`) `<repository>/_edit/<branch>/<path>`, Bitbucket Cloud (`bitbucket.org`) `<repository>/src/<branch>/<path>?mode=edit&at=<branch>`. On any other host, pages have no edit link unless `edit_url` is set.","type":"string","pattern":"^https?://"},"branch":{"description":"Branch that \"Edit this page\" links target. Default `main`.","type":"string","minLength":1},"edit_url":{"description":"Pattern of the \"Edit this page\" link, for a host `repository` does not cover (a self-hosted forge): `https://git.example.org/org/repo/edit/{branch}/{path}`. `{path}` (required) is the doc's path from the repository root, `{branch}` is `branch`, `{repository}` is `repository`; each is URL-encoded. Overrides the link `repository` gives.","type":"string","pattern":"^(https?://|\\{repository\\})"}}},"check":{"description":"Settings for `fieldguide check`.","type":"object","additionalProperties":false,"properties":{"review_max_age_days":{"description":"A review older than this many days is stale (rule `stale-review`). Default 180.","type":"integer","minimum":1},"failure_mode_max_age_days":{"description":"A failure mode last exercised longer ago than this many days counts as unexercised (rule `failure-modes-unexercised`). Default 365.","type":"integer","minimum":1},"ignore":{"description":"Glob patterns (`*`, `**`, `?`, `[…]`) of files and folders that `check`, the site and the graph skip, relative to the systems folder: `drafts/**`, `*-notes.md`. A pattern without `/` matches at any depth. Skipped files are counted in the check summary; `README.md` files are always skipped.","type":"array","items":{"type":"string","minLength":1}},"rules":{"description":"Severity per rule id: `error`, `warning` or `off`. Unlisted rules keep their default.","type":"object","additionalProperties":{"enum":["error","warning","off"]}}}},"gates":{"description":"What a doc must contain at each lifecycle. A lifecycle listed here replaces that lifecycle's default gate entirely.","type":"object","additionalProperties":false,"properties":{"proposed":{"$ref":"#/$defs/gate"},"experimental":{"$ref":"#/$defs/gate"},"production":{"$ref":"#/$defs/gate"},"deprecated":{"$ref":"#/$defs/gate"},"retired":{"$ref":"#/$defs/gate"}}},"kinds":{"description":"Kinds of system this project adds to the built-in ones (`service`, `website`, `database` and so on; see `$defs/builtInKind` in the system schema), in kebab-case: `kinds: [runbook-bot, data-pipeline]`. A doc's `kind` must be one or the other (rule `unknown-kind`); the site shows an added kind as written.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40}},"extensions":{"description":"Schemas for team fields: each key is an `x-` field of the front matter (`x-cost-center`), each value a small JSON Schema its value must match (a type, allowed values, a pattern, bounds, `format: uri`). A doc's `x-` fields that are not listed here are accepted as written; none is required.","type":"object","propertyNames":{"pattern":"^x-[a-z0-9]+(-[a-z0-9]+)*$"},"additionalProperties":{"$ref":"#/$defs/extensionField"}},"map":{"description":"Settings for the whole-catalog map (`/map/`).","type":"object","additionalProperties":false,"properties":{"shared":{"description":"Shared infrastructure that almost everything depends on, drawn on the map as a badge on each box that depends on it instead of one arrow per dependency: system ids or kinds (`dns`, `infrastructure`). `auto` (the default) picks every system that at least a fifth of the catalog's systems, and at least 5, depend on directly; `[]` draws every arrow.","oneOf":[{"const":"auto"},{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}]},"full_limit":{"description":"Up to this many systems the map draws every system and dependency; above it the map leads with the team overview and the focus on one system. Default 60: measured on generated catalogs, the map has about 2 crossings per arrow at 40 and 60 systems and about 9 at 100.","type":"integer","minimum":0}}},"game_day":{"description":"How the failure-modes page (`/failure-modes/`) picks the next game day: which failure modes are candidates (those of systems in `lifecycles` that were never exercised or not within `check.failure_mode_max_age_days`), in which order, and how many it shows.","type":"object","additionalProperties":false,"properties":{"order":{"description":"The keys candidates are ordered by, the first deciding first: `tier` (most critical tier first; no tier last), `impact` (most systems taken down when the system fails first, from the impact graph), `exercised` (never exercised first, then the longest ago). Ties end in system name, then the failure mode's order in its doc. Default `[tier, impact, exercised]`.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["tier","impact","exercised"]}},"count":{"description":"How many failure modes the list shows. Default 5.","type":"integer","minimum":1},"lifecycles":{"description":"Lifecycles whose systems' failure modes are candidates. Default `[production]`.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["proposed","experimental","production","deprecated","retired"]}}}},"readiness":{"description":"Readiness levels (scorecards as code): the levels, the criteria for each, and the level each tier and lifecycle must reach (rule `below-readiness-level`). Each of `levels`, `criteria` and `required`, when given, replaces its default entirely.","type":"object","additionalProperties":false,"properties":{"levels":{"description":"The levels, lowest first. A system reaches a level when every criterion of that level and of every lower level passes or does not apply. Default: `bronze`, `silver`, `gold`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/readinessLevel"}},"criteria":{"description":"What each level asks of a system's doc, each in one ility category. Default: 22 criteria, from an Overview and contacts (bronze) to every ility passing and failure modes exercised (gold).","type":"array","items":{"$ref":"#/$defs/readinessCriterion"}},"required":{"description":"The level a system must reach, by tier, lifecycle and kind: the first entry that matches a system applies, and a system no entry matches has no required level. Default: tier-1 production `gold`, tier-2 production `silver`, other production `bronze`.","type":"array","items":{"$ref":"#/$defs/readinessRequirement"}}}}},"$defs":{"extensionField":{"description":"The schema of one team field: a subset of JSON Schema, for one scalar value.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"title":{"description":"How the system page labels the field; default: the key without `x-`, in words (`Cost center`).","type":"string","minLength":1},"description":{"description":"What the field holds, in one sentence, for authors.","type":"string","minLength":1},"type":{"description":"The value's type.","enum":["string","number","integer","boolean"]},"enum":{"description":"The only values allowed.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":["string","number","boolean"]}},"format":{"description":"A string format: `uri` (an absolute URL, shown as a link), `email` or `date` (YYYY-MM-DD).","enum":["uri","email","date"]},"pattern":{"description":"A regular expression a string value must match (JavaScript syntax, unanchored unless written with `^` and `$`).","type":"string","minLength":1},"minLength":{"description":"Fewest characters in a string value.","type":"integer","minimum":0},"maxLength":{"description":"Most characters in a string value.","type":"integer","minimum":0},"minimum":{"description":"Smallest number allowed.","type":"number"},"maximum":{"description":"Largest number allowed.","type":"number"}}},"gate":{"description":"Requirements for one lifecycle.","type":"object","additionalProperties":false,"properties":{"fields":{"description":"Front-matter fields that must be present and non-empty, as dotted paths (`capacity.expected_load`). An explicit `depends_on: []` counts as present.","type":"array","items":{"type":"string","pattern":"^[a-z_]+(\\.[a-z_]+)*$"}},"sections":{"description":"Top-level body headings that must exist (matched case-insensitively).","type":"array","items":{"type":"string","minLength":1}},"min_experts":{"description":"Fewest entries in `experts`.","type":"integer","minimum":0},"ilities":{"description":"`planned`: every ility has notes on how it will be met; `assessed`: every ility has a status other than `unknown`.","enum":["none","planned","assessed"]},"min_failure_modes":{"description":"Fewest entries in `failure_modes`.","type":"integer","minimum":0},"replacement":{"description":"Require `replaced_by` or `retirement_note`.","type":"boolean"}}},"readinessLevel":{"description":"One readiness level.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"description":"Id that criteria and `required` use (`silver`).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"name":{"description":"Name shown to readers (`Silver`).","type":"string","minLength":1},"description":{"description":"What reaching the level means, in one sentence.","type":"string","minLength":1}}},"readinessCriterion":{"description":"One readiness criterion: a check on the system's doc, at a level, in an ility category.","type":"object","additionalProperties":false,"required":["id","level","category","title","check"],"properties":{"id":{"description":"Unique id, shown in `check` messages (`alerts`).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"level":{"description":"Id of the level this criterion belongs to.","type":"string","minLength":1},"category":{"description":"The ility category it is grouped under.","enum":["scalability","maintainability","reliability","observability","security","fault_tolerance","documentation"]},"title":{"description":"What the criterion asks, as a short sentence for readers.","type":"string","minLength":1},"check":{"description":"How it is checked: exactly one of these.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"field":{"description":"A front-matter field, as a dotted path (`monitoring.alerts`), is present and not empty; `depends_on: []` counts as present.","type":"string","pattern":"^[a-z_]+(\\.[a-z_]+)*$"},"section":{"description":"The body has this top-level heading (matched case-insensitively).","type":"string","minLength":1},"ility":{"description":"The ility's own status decides: `pass`, `fail` or `n/a`; `unknown` or missing is \"not yet assessed\".","enum":["scalability","maintainability","reliability","availability","security","observability","fault_tolerance"]},"min_experts":{"description":"At least this many entries in `experts`.","type":"integer","minimum":1},"min_failure_modes":{"description":"At least this many entries in `failure_modes`.","type":"integer","minimum":1},"failure_modes_exercised":{"description":"There is at least one failure mode, and every one was exercised within `check.failure_mode_max_age_days`.","const":true},"reviewed":{"description":"`review.last_reviewed` is within `check.review_max_age_days`.","const":true}}},"applies_to":{"$ref":"#/$defs/readinessScope","description":"Limit the criterion to some systems; for the others it is `n/a`."}}},"readinessScope":{"description":"Which systems something applies to: every listed condition must hold; an unset one holds for all.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"tiers":{"description":"Tiers it applies to. A system with no `tier` never matches a `tiers` list.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":4}},"lifecycles":{"description":"Lifecycles it applies to.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["proposed","experimental","production","deprecated","retired"]}},"kinds":{"description":"Kinds it applies to: built-in kinds or ones added under `kinds`. A system with no `kind` never matches a `kinds` list.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40}}}},"readinessRequirement":{"description":"The level that the systems matching `tiers`, `lifecycles` and `kinds` must reach.","type":"object","additionalProperties":false,"required":["level"],"properties":{"tiers":{"$ref":"#/$defs/readinessScope/properties/tiers"},"lifecycles":{"$ref":"#/$defs/readinessScope/properties/lifecycles"},"kinds":{"$ref":"#/$defs/readinessScope/properties/kinds"},"level":{"description":"Id of the level they must reach.","type":"string","minLength":1}}}}};
const schema53 = {"description":"Requirements for one lifecycle.","type":"object","additionalProperties":false,"properties":{"fields":{"description":"Front-matter fields that must be present and non-empty, as dotted paths (`capacity.expected_load`). An explicit `depends_on: []` counts as present.","type":"array","items":{"type":"string","pattern":"^[a-z_]+(\\.[a-z_]+)*$"}},"sections":{"description":"Top-level body headings that must exist (matched case-insensitively).","type":"array","items":{"type":"string","minLength":1}},"min_experts":{"description":"Fewest entries in `experts`.","type":"integer","minimum":0},"ilities":{"description":"`planned`: every ility has notes on how it will be met; `assessed`: every ility has a status other than `unknown`.","enum":["none","planned","assessed"]},"min_failure_modes":{"description":"Fewest entries in `failure_modes`.","type":"integer","minimum":0},"replacement":{"description":"Require `replaced_by` or `retirement_note`.","type":"boolean"}}};
const schema58 = {"description":"The schema of one team field: a subset of JSON Schema, for one scalar value.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"title":{"description":"How the system page labels the field; default: the key without `x-`, in words (`Cost center`).","type":"string","minLength":1},"description":{"description":"What the field holds, in one sentence, for authors.","type":"string","minLength":1},"type":{"description":"The value's type.","enum":["string","number","integer","boolean"]},"enum":{"description":"The only values allowed.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":["string","number","boolean"]}},"format":{"description":"A string format: `uri` (an absolute URL, shown as a link), `email` or `date` (YYYY-MM-DD).","enum":["uri","email","date"]},"pattern":{"description":"A regular expression a string value must match (JavaScript syntax, unanchored unless written with `^` and `$`).","type":"string","minLength":1},"minLength":{"description":"Fewest characters in a string value.","type":"integer","minimum":0},"maxLength":{"description":"Most characters in a string value.","type":"integer","minimum":0},"minimum":{"description":"Smallest number allowed.","type":"number"},"maximum":{"description":"Largest number allowed.","type":"number"}}};
const schema59 = {"description":"One readiness level.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"description":"Id that criteria and `required` use (`silver`).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"name":{"description":"Name shown to readers (`Silver`).","type":"string","minLength":1},"description":{"description":"What reaching the level means, in one sentence.","type":"string","minLength":1}}};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern17 = new RegExp("^/", "u");
const pattern18 = new RegExp("^https?://", "u");
const pattern20 = new RegExp("^(https?://|\\{repository\\})", "u");
const pattern21 = new RegExp("^[a-z_]+(\\.[a-z_]+)*$", "u");
const schema60 = {"description":"One readiness criterion: a check on the system's doc, at a level, in an ility category.","type":"object","additionalProperties":false,"required":["id","level","category","title","check"],"properties":{"id":{"description":"Unique id, shown in `check` messages (`alerts`).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"level":{"description":"Id of the level this criterion belongs to.","type":"string","minLength":1},"category":{"description":"The ility category it is grouped under.","enum":["scalability","maintainability","reliability","observability","security","fault_tolerance","documentation"]},"title":{"description":"What the criterion asks, as a short sentence for readers.","type":"string","minLength":1},"check":{"description":"How it is checked: exactly one of these.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"field":{"description":"A front-matter field, as a dotted path (`monitoring.alerts`), is present and not empty; `depends_on: []` counts as present.","type":"string","pattern":"^[a-z_]+(\\.[a-z_]+)*$"},"section":{"description":"The body has this top-level heading (matched case-insensitively).","type":"string","minLength":1},"ility":{"description":"The ility's own status decides: `pass`, `fail` or `n/a`; `unknown` or missing is \"not yet assessed\".","enum":["scalability","maintainability","reliability","availability","security","observability","fault_tolerance"]},"min_experts":{"description":"At least this many entries in `experts`.","type":"integer","minimum":1},"min_failure_modes":{"description":"At least this many entries in `failure_modes`.","type":"integer","minimum":1},"failure_modes_exercised":{"description":"There is at least one failure mode, and every one was exercised within `check.failure_mode_max_age_days`.","const":true},"reviewed":{"description":"`review.last_reviewed` is within `check.review_max_age_days`.","const":true}}},"applies_to":{"$ref":"#/$defs/readinessScope","description":"Limit the criterion to some systems; for the others it is `n/a`."}}};
const schema61 = {"description":"Which systems something applies to: every listed condition must hold; an unset one holds for all.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"tiers":{"description":"Tiers it applies to. A system with no `tier` never matches a `tiers` list.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":4}},"lifecycles":{"description":"Lifecycles it applies to.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["proposed","experimental","production","deprecated","retired"]}},"kinds":{"description":"Kinds it applies to: built-in kinds or ones added under `kinds`. A system with no `kind` never matches a `kinds` list.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40}}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.level === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.category === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.check === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "level")) || (key0 === "category")) || (key0 === "title")) || (key0 === "check")) || (key0 === "applies_to"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.level !== undefined){
let data1 = data.level;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.category !== undefined){
let data2 = data.category;
if(!(((((((data2 === "scalability") || (data2 === "maintainability")) || (data2 === "reliability")) || (data2 === "observability")) || (data2 === "security")) || (data2 === "fault_tolerance")) || (data2 === "documentation"))){
const err10 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema60.properties.category.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.check !== undefined){
let data4 = data.check;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err13 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!(((((((key1 === "field") || (key1 === "section")) || (key1 === "ility")) || (key1 === "min_experts")) || (key1 === "min_failure_modes")) || (key1 === "failure_modes_exercised")) || (key1 === "reviewed"))){
const err14 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.field !== undefined){
let data5 = data4.field;
if(typeof data5 === "string"){
if(!pattern21.test(data5)){
const err15 = {instancePath:instancePath+"/check/field",schemaPath:"#/properties/check/properties/field/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/check/field",schemaPath:"#/properties/check/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.section !== undefined){
let data6 = data4.section;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err17 = {instancePath:instancePath+"/check/section",schemaPath:"#/properties/check/properties/section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/check/section",schemaPath:"#/properties/check/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.ility !== undefined){
let data7 = data4.ility;
if(!(((((((data7 === "scalability") || (data7 === "maintainability")) || (data7 === "reliability")) || (data7 === "availability")) || (data7 === "security")) || (data7 === "observability")) || (data7 === "fault_tolerance"))){
const err19 = {instancePath:instancePath+"/check/ility",schemaPath:"#/properties/check/properties/ility/enum",keyword:"enum",params:{allowedValues: schema60.properties.check.properties.ility.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.min_experts !== undefined){
let data8 = data4.min_experts;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/check/min_experts",schemaPath:"#/properties/check/properties/min_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/check/min_experts",schemaPath:"#/properties/check/properties/min_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data4.min_failure_modes !== undefined){
let data9 = data4.min_failure_modes;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/check/min_failure_modes",schemaPath:"#/properties/check/properties/min_failure_modes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/check/min_failure_modes",schemaPath:"#/properties/check/properties/min_failure_modes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data4.failure_modes_exercised !== undefined){
if(true !== data4.failure_modes_exercised){
const err24 = {instancePath:instancePath+"/check/failure_modes_exercised",schemaPath:"#/properties/check/properties/failure_modes_exercised/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.reviewed !== undefined){
if(true !== data4.reviewed){
const err25 = {instancePath:instancePath+"/check/reviewed",schemaPath:"#/properties/check/properties/reviewed/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.applies_to !== undefined){
let data12 = data.applies_to;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length < 1){
const err27 = {instancePath:instancePath+"/applies_to",schemaPath:"#/$defs/readinessScope/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "tiers") || (key2 === "lifecycles")) || (key2 === "kinds"))){
const err28 = {instancePath:instancePath+"/applies_to",schemaPath:"#/$defs/readinessScope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.tiers !== undefined){
let data13 = data12.tiers;
if(Array.isArray(data13)){
if(data13.length < 1){
const err29 = {instancePath:instancePath+"/applies_to/tiers",schemaPath:"#/$defs/readinessScope/properties/tiers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err30 = {instancePath:instancePath+"/applies_to/tiers/" + i0,schemaPath:"#/$defs/readinessScope/properties/tiers/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 4 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/applies_to/tiers/" + i0,schemaPath:"#/$defs/readinessScope/properties/tiers/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/applies_to/tiers/" + i0,schemaPath:"#/$defs/readinessScope/properties/tiers/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
let i1 = data13.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data13[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err33 = {instancePath:instancePath+"/applies_to/tiers",schemaPath:"#/$defs/readinessScope/properties/tiers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err34 = {instancePath:instancePath+"/applies_to/tiers",schemaPath:"#/$defs/readinessScope/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.lifecycles !== undefined){
let data15 = data12.lifecycles;
if(Array.isArray(data15)){
if(data15.length < 1){
const err35 = {instancePath:instancePath+"/applies_to/lifecycles",schemaPath:"#/$defs/readinessScope/properties/lifecycles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len1 = data15.length;
for(let i2=0; i2<len1; i2++){
let data16 = data15[i2];
if(!(((((data16 === "proposed") || (data16 === "experimental")) || (data16 === "production")) || (data16 === "deprecated")) || (data16 === "retired"))){
const err36 = {instancePath:instancePath+"/applies_to/lifecycles/" + i2,schemaPath:"#/$defs/readinessScope/properties/lifecycles/items/enum",keyword:"enum",params:{allowedValues: schema61.properties.lifecycles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
let i3 = data15.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data15[i3], data15[j1])){
const err37 = {instancePath:instancePath+"/applies_to/lifecycles",schemaPath:"#/$defs/readinessScope/properties/lifecycles/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/applies_to/lifecycles",schemaPath:"#/$defs/readinessScope/properties/lifecycles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.kinds !== undefined){
let data17 = data12.kinds;
if(Array.isArray(data17)){
if(data17.length < 1){
const err39 = {instancePath:instancePath+"/applies_to/kinds",schemaPath:"#/$defs/readinessScope/properties/kinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len2 = data17.length;
for(let i4=0; i4<len2; i4++){
let data18 = data17[i4];
if(typeof data18 === "string"){
if(func2(data18) > 40){
const err40 = {instancePath:instancePath+"/applies_to/kinds/" + i4,schemaPath:"#/$defs/readinessScope/properties/kinds/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern6.test(data18)){
const err41 = {instancePath:instancePath+"/applies_to/kinds/" + i4,schemaPath:"#/$defs/readinessScope/properties/kinds/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/applies_to/kinds/" + i4,schemaPath:"#/$defs/readinessScope/properties/kinds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i5 = data17.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data17[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err43 = {instancePath:instancePath+"/applies_to/kinds",schemaPath:"#/$defs/readinessScope/properties/kinds/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err44 = {instancePath:instancePath+"/applies_to/kinds",schemaPath:"#/$defs/readinessScope/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/applies_to",schemaPath:"#/$defs/readinessScope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"description":"The level that the systems matching `tiers`, `lifecycles` and `kinds` must reach.","type":"object","additionalProperties":false,"required":["level"],"properties":{"tiers":{"$ref":"#/$defs/readinessScope/properties/tiers"},"lifecycles":{"$ref":"#/$defs/readinessScope/properties/lifecycles"},"kinds":{"$ref":"#/$defs/readinessScope/properties/kinds"},"level":{"description":"Id of the level they must reach.","type":"string","minLength":1}}};
const schema63 = {"description":"Tiers it applies to. A system with no `tier` never matches a `tiers` list.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":4}};
const schema64 = {"description":"Lifecycles it applies to.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["proposed","experimental","production","deprecated","retired"]}};
const schema65 = {"description":"Kinds it applies to: built-in kinds or ones added under `kinds`. A system with no `kind` never matches a `kinds` list.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.level === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "tiers") || (key0 === "lifecycles")) || (key0 === "kinds")) || (key0 === "level"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tiers !== undefined){
let data0 = data.tiers;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/tiers",schemaPath:"#/$defs/readinessScope/properties/tiers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/tiers/" + i0,schemaPath:"#/$defs/readinessScope/properties/tiers/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/tiers/" + i0,schemaPath:"#/$defs/readinessScope/properties/tiers/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/tiers/" + i0,schemaPath:"#/$defs/readinessScope/properties/tiers/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath:instancePath+"/tiers",schemaPath:"#/$defs/readinessScope/properties/tiers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tiers",schemaPath:"#/$defs/readinessScope/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.lifecycles !== undefined){
let data2 = data.lifecycles;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/lifecycles",schemaPath:"#/$defs/readinessScope/properties/lifecycles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(!(((((data3 === "proposed") || (data3 === "experimental")) || (data3 === "production")) || (data3 === "deprecated")) || (data3 === "retired"))){
const err9 = {instancePath:instancePath+"/lifecycles/" + i2,schemaPath:"#/$defs/readinessScope/properties/lifecycles/items/enum",keyword:"enum",params:{allowedValues: schema64.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data2[i3], data2[j1])){
const err10 = {instancePath:instancePath+"/lifecycles",schemaPath:"#/$defs/readinessScope/properties/lifecycles/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/lifecycles",schemaPath:"#/$defs/readinessScope/properties/lifecycles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kinds !== undefined){
let data4 = data.kinds;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/kinds",schemaPath:"#/$defs/readinessScope/properties/kinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(func2(data5) > 40){
const err13 = {instancePath:instancePath+"/kinds/" + i4,schemaPath:"#/$defs/readinessScope/properties/kinds/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern6.test(data5)){
const err14 = {instancePath:instancePath+"/kinds/" + i4,schemaPath:"#/$defs/readinessScope/properties/kinds/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/kinds/" + i4,schemaPath:"#/$defs/readinessScope/properties/kinds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i5 = data4.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data4[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err16 = {instancePath:instancePath+"/kinds",schemaPath:"#/$defs/readinessScope/properties/kinds/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err17 = {instancePath:instancePath+"/kinds",schemaPath:"#/$defs/readinessScope/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.level !== undefined){
let data6 = data.level;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://fieldguide.dev/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema52.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.systems !== undefined){
let data0 = data.systems;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/systems",schemaPath:"#/properties/systems/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/systems",schemaPath:"#/properties/systems/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.site !== undefined){
let data1 = data.site;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((((key1 === "title") || (key1 === "base")) || (key1 === "url")) || (key1 === "repository")) || (key1 === "branch")) || (key1 === "edit_url"))){
const err3 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.title !== undefined){
let data2 = data1.title;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/site/title",schemaPath:"#/properties/site/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/site/title",schemaPath:"#/properties/site/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.base !== undefined){
let data3 = data1.base;
if(typeof data3 === "string"){
if(!pattern17.test(data3)){
const err6 = {instancePath:instancePath+"/site/base",schemaPath:"#/properties/site/properties/base/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/site/base",schemaPath:"#/properties/site/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.url !== undefined){
let data4 = data1.url;
if(typeof data4 === "string"){
if(!pattern18.test(data4)){
const err8 = {instancePath:instancePath+"/site/url",schemaPath:"#/properties/site/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/site/url",schemaPath:"#/properties/site/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.repository !== undefined){
let data5 = data1.repository;
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
const err10 = {instancePath:instancePath+"/site/repository",schemaPath:"#/properties/site/properties/repository/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/site/repository",schemaPath:"#/properties/site/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.branch !== undefined){
let data6 = data1.branch;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err12 = {instancePath:instancePath+"/site/branch",schemaPath:"#/properties/site/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/site/branch",schemaPath:"#/properties/site/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.edit_url !== undefined){
let data7 = data1.edit_url;
if(typeof data7 === "string"){
if(!pattern20.test(data7)){
const err14 = {instancePath:instancePath+"/site/edit_url",schemaPath:"#/properties/site/properties/edit_url/pattern",keyword:"pattern",params:{pattern: "^(https?://|\\{repository\\})"},message:"must match pattern \""+"^(https?://|\\{repository\\})"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/site/edit_url",schemaPath:"#/properties/site/properties/edit_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.check !== undefined){
let data8 = data.check;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!((((key2 === "review_max_age_days") || (key2 === "failure_mode_max_age_days")) || (key2 === "ignore")) || (key2 === "rules"))){
const err17 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.review_max_age_days !== undefined){
let data9 = data8.review_max_age_days;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err18 = {instancePath:instancePath+"/check/review_max_age_days",schemaPath:"#/properties/check/properties/review_max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/check/review_max_age_days",schemaPath:"#/properties/check/properties/review_max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data8.failure_mode_max_age_days !== undefined){
let data10 = data8.failure_mode_max_age_days;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/check/failure_mode_max_age_days",schemaPath:"#/properties/check/properties/failure_mode_max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/check/failure_mode_max_age_days",schemaPath:"#/properties/check/properties/failure_mode_max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data8.ignore !== undefined){
let data11 = data8.ignore;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err22 = {instancePath:instancePath+"/check/ignore/" + i0,schemaPath:"#/properties/check/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/check/ignore/" + i0,schemaPath:"#/properties/check/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/check/ignore",schemaPath:"#/properties/check/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.rules !== undefined){
let data13 = data8.rules;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if(!(((data14 === "error") || (data14 === "warning")) || (data14 === "off"))){
const err25 = {instancePath:instancePath+"/check/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/check/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema52.properties.check.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/check/rules",schemaPath:"#/properties/check/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.gates !== undefined){
let data15 = data.gates;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key4 in data15){
if(!(((((key4 === "proposed") || (key4 === "experimental")) || (key4 === "production")) || (key4 === "deprecated")) || (key4 === "retired"))){
const err28 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.proposed !== undefined){
let data16 = data15.proposed;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 in data16){
if(!((((((key5 === "fields") || (key5 === "sections")) || (key5 === "min_experts")) || (key5 === "ilities")) || (key5 === "min_failure_modes")) || (key5 === "replacement"))){
const err29 = {instancePath:instancePath+"/gates/proposed",schemaPath:"#/$defs/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.fields !== undefined){
let data17 = data16.fields;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(typeof data18 === "string"){
if(!pattern21.test(data18)){
const err30 = {instancePath:instancePath+"/gates/proposed/fields/" + i1,schemaPath:"#/$defs/gate/properties/fields/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/gates/proposed/fields/" + i1,schemaPath:"#/$defs/gate/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/gates/proposed/fields",schemaPath:"#/$defs/gate/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.sections !== undefined){
let data19 = data16.sections;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err33 = {instancePath:instancePath+"/gates/proposed/sections/" + i2,schemaPath:"#/$defs/gate/properties/sections/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/gates/proposed/sections/" + i2,schemaPath:"#/$defs/gate/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/gates/proposed/sections",schemaPath:"#/$defs/gate/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.min_experts !== undefined){
let data21 = data16.min_experts;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err36 = {instancePath:instancePath+"/gates/proposed/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err37 = {instancePath:instancePath+"/gates/proposed/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data16.ilities !== undefined){
let data22 = data16.ilities;
if(!(((data22 === "none") || (data22 === "planned")) || (data22 === "assessed"))){
const err38 = {instancePath:instancePath+"/gates/proposed/ilities",schemaPath:"#/$defs/gate/properties/ilities/enum",keyword:"enum",params:{allowedValues: schema53.properties.ilities.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.min_failure_modes !== undefined){
let data23 = data16.min_failure_modes;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err39 = {instancePath:instancePath+"/gates/proposed/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err40 = {instancePath:instancePath+"/gates/proposed/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data16.replacement !== undefined){
if(typeof data16.replacement !== "boolean"){
const err41 = {instancePath:instancePath+"/gates/proposed/replacement",schemaPath:"#/$defs/gate/properties/replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/gates/proposed",schemaPath:"#/$defs/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.experimental !== undefined){
let data25 = data15.experimental;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key6 in data25){
if(!((((((key6 === "fields") || (key6 === "sections")) || (key6 === "min_experts")) || (key6 === "ilities")) || (key6 === "min_failure_modes")) || (key6 === "replacement"))){
const err43 = {instancePath:instancePath+"/gates/experimental",schemaPath:"#/$defs/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data25.fields !== undefined){
let data26 = data25.fields;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(typeof data27 === "string"){
if(!pattern21.test(data27)){
const err44 = {instancePath:instancePath+"/gates/experimental/fields/" + i3,schemaPath:"#/$defs/gate/properties/fields/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/gates/experimental/fields/" + i3,schemaPath:"#/$defs/gate/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/gates/experimental/fields",schemaPath:"#/$defs/gate/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data25.sections !== undefined){
let data28 = data25.sections;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err47 = {instancePath:instancePath+"/gates/experimental/sections/" + i4,schemaPath:"#/$defs/gate/properties/sections/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/gates/experimental/sections/" + i4,schemaPath:"#/$defs/gate/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/gates/experimental/sections",schemaPath:"#/$defs/gate/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.min_experts !== undefined){
let data30 = data25.min_experts;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err50 = {instancePath:instancePath+"/gates/experimental/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err51 = {instancePath:instancePath+"/gates/experimental/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data25.ilities !== undefined){
let data31 = data25.ilities;
if(!(((data31 === "none") || (data31 === "planned")) || (data31 === "assessed"))){
const err52 = {instancePath:instancePath+"/gates/experimental/ilities",schemaPath:"#/$defs/gate/properties/ilities/enum",keyword:"enum",params:{allowedValues: schema53.properties.ilities.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.min_failure_modes !== undefined){
let data32 = data25.min_failure_modes;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err53 = {instancePath:instancePath+"/gates/experimental/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err54 = {instancePath:instancePath+"/gates/experimental/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data25.replacement !== undefined){
if(typeof data25.replacement !== "boolean"){
const err55 = {instancePath:instancePath+"/gates/experimental/replacement",schemaPath:"#/$defs/gate/properties/replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/gates/experimental",schemaPath:"#/$defs/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data15.production !== undefined){
let data34 = data15.production;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key7 in data34){
if(!((((((key7 === "fields") || (key7 === "sections")) || (key7 === "min_experts")) || (key7 === "ilities")) || (key7 === "min_failure_modes")) || (key7 === "replacement"))){
const err57 = {instancePath:instancePath+"/gates/production",schemaPath:"#/$defs/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data34.fields !== undefined){
let data35 = data34.fields;
if(Array.isArray(data35)){
const len5 = data35.length;
for(let i5=0; i5<len5; i5++){
let data36 = data35[i5];
if(typeof data36 === "string"){
if(!pattern21.test(data36)){
const err58 = {instancePath:instancePath+"/gates/production/fields/" + i5,schemaPath:"#/$defs/gate/properties/fields/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/gates/production/fields/" + i5,schemaPath:"#/$defs/gate/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/gates/production/fields",schemaPath:"#/$defs/gate/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data34.sections !== undefined){
let data37 = data34.sections;
if(Array.isArray(data37)){
const len6 = data37.length;
for(let i6=0; i6<len6; i6++){
let data38 = data37[i6];
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err61 = {instancePath:instancePath+"/gates/production/sections/" + i6,schemaPath:"#/$defs/gate/properties/sections/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/gates/production/sections/" + i6,schemaPath:"#/$defs/gate/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/gates/production/sections",schemaPath:"#/$defs/gate/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data34.min_experts !== undefined){
let data39 = data34.min_experts;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err64 = {instancePath:instancePath+"/gates/production/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err65 = {instancePath:instancePath+"/gates/production/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data34.ilities !== undefined){
let data40 = data34.ilities;
if(!(((data40 === "none") || (data40 === "planned")) || (data40 === "assessed"))){
const err66 = {instancePath:instancePath+"/gates/production/ilities",schemaPath:"#/$defs/gate/properties/ilities/enum",keyword:"enum",params:{allowedValues: schema53.properties.ilities.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data34.min_failure_modes !== undefined){
let data41 = data34.min_failure_modes;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err67 = {instancePath:instancePath+"/gates/production/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err68 = {instancePath:instancePath+"/gates/production/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data34.replacement !== undefined){
if(typeof data34.replacement !== "boolean"){
const err69 = {instancePath:instancePath+"/gates/production/replacement",schemaPath:"#/$defs/gate/properties/replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/gates/production",schemaPath:"#/$defs/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data15.deprecated !== undefined){
let data43 = data15.deprecated;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key8 in data43){
if(!((((((key8 === "fields") || (key8 === "sections")) || (key8 === "min_experts")) || (key8 === "ilities")) || (key8 === "min_failure_modes")) || (key8 === "replacement"))){
const err71 = {instancePath:instancePath+"/gates/deprecated",schemaPath:"#/$defs/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data43.fields !== undefined){
let data44 = data43.fields;
if(Array.isArray(data44)){
const len7 = data44.length;
for(let i7=0; i7<len7; i7++){
let data45 = data44[i7];
if(typeof data45 === "string"){
if(!pattern21.test(data45)){
const err72 = {instancePath:instancePath+"/gates/deprecated/fields/" + i7,schemaPath:"#/$defs/gate/properties/fields/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/gates/deprecated/fields/" + i7,schemaPath:"#/$defs/gate/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/gates/deprecated/fields",schemaPath:"#/$defs/gate/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data43.sections !== undefined){
let data46 = data43.sections;
if(Array.isArray(data46)){
const len8 = data46.length;
for(let i8=0; i8<len8; i8++){
let data47 = data46[i8];
if(typeof data47 === "string"){
if(func2(data47) < 1){
const err75 = {instancePath:instancePath+"/gates/deprecated/sections/" + i8,schemaPath:"#/$defs/gate/properties/sections/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/gates/deprecated/sections/" + i8,schemaPath:"#/$defs/gate/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/gates/deprecated/sections",schemaPath:"#/$defs/gate/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data43.min_experts !== undefined){
let data48 = data43.min_experts;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err78 = {instancePath:instancePath+"/gates/deprecated/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err79 = {instancePath:instancePath+"/gates/deprecated/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data43.ilities !== undefined){
let data49 = data43.ilities;
if(!(((data49 === "none") || (data49 === "planned")) || (data49 === "assessed"))){
const err80 = {instancePath:instancePath+"/gates/deprecated/ilities",schemaPath:"#/$defs/gate/properties/ilities/enum",keyword:"enum",params:{allowedValues: schema53.properties.ilities.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data43.min_failure_modes !== undefined){
let data50 = data43.min_failure_modes;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err81 = {instancePath:instancePath+"/gates/deprecated/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err82 = {instancePath:instancePath+"/gates/deprecated/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data43.replacement !== undefined){
if(typeof data43.replacement !== "boolean"){
const err83 = {instancePath:instancePath+"/gates/deprecated/replacement",schemaPath:"#/$defs/gate/properties/replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/gates/deprecated",schemaPath:"#/$defs/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data15.retired !== undefined){
let data52 = data15.retired;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key9 in data52){
if(!((((((key9 === "fields") || (key9 === "sections")) || (key9 === "min_experts")) || (key9 === "ilities")) || (key9 === "min_failure_modes")) || (key9 === "replacement"))){
const err85 = {instancePath:instancePath+"/gates/retired",schemaPath:"#/$defs/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data52.fields !== undefined){
let data53 = data52.fields;
if(Array.isArray(data53)){
const len9 = data53.length;
for(let i9=0; i9<len9; i9++){
let data54 = data53[i9];
if(typeof data54 === "string"){
if(!pattern21.test(data54)){
const err86 = {instancePath:instancePath+"/gates/retired/fields/" + i9,schemaPath:"#/$defs/gate/properties/fields/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/gates/retired/fields/" + i9,schemaPath:"#/$defs/gate/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/gates/retired/fields",schemaPath:"#/$defs/gate/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data52.sections !== undefined){
let data55 = data52.sections;
if(Array.isArray(data55)){
const len10 = data55.length;
for(let i10=0; i10<len10; i10++){
let data56 = data55[i10];
if(typeof data56 === "string"){
if(func2(data56) < 1){
const err89 = {instancePath:instancePath+"/gates/retired/sections/" + i10,schemaPath:"#/$defs/gate/properties/sections/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/gates/retired/sections/" + i10,schemaPath:"#/$defs/gate/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/gates/retired/sections",schemaPath:"#/$defs/gate/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data52.min_experts !== undefined){
let data57 = data52.min_experts;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err92 = {instancePath:instancePath+"/gates/retired/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 0 || isNaN(data57)){
const err93 = {instancePath:instancePath+"/gates/retired/min_experts",schemaPath:"#/$defs/gate/properties/min_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
if(data52.ilities !== undefined){
let data58 = data52.ilities;
if(!(((data58 === "none") || (data58 === "planned")) || (data58 === "assessed"))){
const err94 = {instancePath:instancePath+"/gates/retired/ilities",schemaPath:"#/$defs/gate/properties/ilities/enum",keyword:"enum",params:{allowedValues: schema53.properties.ilities.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data52.min_failure_modes !== undefined){
let data59 = data52.min_failure_modes;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err95 = {instancePath:instancePath+"/gates/retired/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err96 = {instancePath:instancePath+"/gates/retired/min_failure_modes",schemaPath:"#/$defs/gate/properties/min_failure_modes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data52.replacement !== undefined){
if(typeof data52.replacement !== "boolean"){
const err97 = {instancePath:instancePath+"/gates/retired/replacement",schemaPath:"#/$defs/gate/properties/replacement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/gates/retired",schemaPath:"#/$defs/gate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.kinds !== undefined){
let data61 = data.kinds;
if(Array.isArray(data61)){
const len11 = data61.length;
for(let i11=0; i11<len11; i11++){
let data62 = data61[i11];
if(typeof data62 === "string"){
if(func2(data62) > 40){
const err100 = {instancePath:instancePath+"/kinds/" + i11,schemaPath:"#/properties/kinds/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!pattern6.test(data62)){
const err101 = {instancePath:instancePath+"/kinds/" + i11,schemaPath:"#/properties/kinds/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/kinds/" + i11,schemaPath:"#/properties/kinds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
let i12 = data61.length;
let j0;
if(i12 > 1){
const indices0 = {};
for(;i12--;){
let item0 = data61[i12];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err103 = {instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i12+" are identical)"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
break;
}
indices0[item0] = i12;
}
}
}
else {
const err104 = {instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.extensions !== undefined){
let data63 = data.extensions;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key10 in data63){
const _errs138 = errors;
if(typeof key10 === "string"){
if(!pattern4.test(key10)){
const err105 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^x-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^x-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",propertyName:key10};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var valid40 = _errs138 === errors;
if(!valid40){
const err106 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
for(const key11 in data63){
let data64 = data63[key11];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(Object.keys(data64).length < 1){
const err107 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/extensionField/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key12 in data64){
if(!(func1.call(schema58.properties, key12))){
const err108 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/extensionField/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data64.title !== undefined){
let data65 = data64.title;
if(typeof data65 === "string"){
if(func2(data65) < 1){
const err109 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/extensionField/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/extensionField/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data64.description !== undefined){
let data66 = data64.description;
if(typeof data66 === "string"){
if(func2(data66) < 1){
const err111 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/extensionField/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/extensionField/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data64.type !== undefined){
let data67 = data64.type;
if(!((((data67 === "string") || (data67 === "number")) || (data67 === "integer")) || (data67 === "boolean"))){
const err113 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/extensionField/properties/type/enum",keyword:"enum",params:{allowedValues: schema58.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data64.enum !== undefined){
let data68 = data64.enum;
if(Array.isArray(data68)){
if(data68.length < 1){
const err114 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/extensionField/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
const len12 = data68.length;
for(let i13=0; i13<len12; i13++){
let data69 = data68[i13];
if(((typeof data69 !== "string") && (!((typeof data69 == "number") && (isFinite(data69))))) && (typeof data69 !== "boolean")){
const err115 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i13,schemaPath:"#/$defs/extensionField/properties/enum/items/type",keyword:"type",params:{type: schema58.properties.enum.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
let i14 = data68.length;
let j1;
if(i14 > 1){
const indices1 = {};
for(;i14--;){
let item1 = data68[i14];
if(((typeof item1 !== "string") && (!((typeof item1 == "number") && (isFinite(item1))))) && (typeof item1 !== "boolean")){
continue;
}
if(typeof item1 == "string"){
item1 += "_";
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err116 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/extensionField/properties/enum/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i14+" are identical)"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
break;
}
indices1[item1] = i14;
}
}
}
else {
const err117 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/extensionField/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data64.format !== undefined){
let data70 = data64.format;
if(!(((data70 === "uri") || (data70 === "email")) || (data70 === "date"))){
const err118 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/$defs/extensionField/properties/format/enum",keyword:"enum",params:{allowedValues: schema58.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data64.pattern !== undefined){
let data71 = data64.pattern;
if(typeof data71 === "string"){
if(func2(data71) < 1){
const err119 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/extensionField/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/extensionField/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data64.minLength !== undefined){
let data72 = data64.minLength;
if(!(((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72))) && (isFinite(data72)))){
const err121 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/minLength",schemaPath:"#/$defs/extensionField/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 < 0 || isNaN(data72)){
const err122 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/minLength",schemaPath:"#/$defs/extensionField/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
if(data64.maxLength !== undefined){
let data73 = data64.maxLength;
if(!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))){
const err123 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/extensionField/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 < 0 || isNaN(data73)){
const err124 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/extensionField/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
if(data64.minimum !== undefined){
let data74 = data64.minimum;
if(!((typeof data74 == "number") && (isFinite(data74)))){
const err125 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/minimum",schemaPath:"#/$defs/extensionField/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data64.maximum !== undefined){
let data75 = data64.maximum;
if(!((typeof data75 == "number") && (isFinite(data75)))){
const err126 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/maximum",schemaPath:"#/$defs/extensionField/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/extensions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/extensionField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.map !== undefined){
let data76 = data.map;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key13 in data76){
if(!((key13 === "shared") || (key13 === "full_limit"))){
const err129 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data76.shared !== undefined){
let data77 = data76.shared;
const _errs168 = errors;
let valid48 = false;
let passing0 = null;
const _errs169 = errors;
if("auto" !== data77){
const err130 = {instancePath:instancePath+"/map/shared",schemaPath:"#/properties/map/properties/shared/oneOf/0/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid0 = _errs169 === errors;
if(_valid0){
valid48 = true;
passing0 = 0;
}
const _errs170 = errors;
if(Array.isArray(data77)){
const len13 = data77.length;
for(let i15=0; i15<len13; i15++){
let data78 = data77[i15];
if(typeof data78 === "string"){
if(func2(data78) < 1){
const err131 = {instancePath:instancePath+"/map/shared/" + i15,schemaPath:"#/properties/map/properties/shared/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/map/shared/" + i15,schemaPath:"#/properties/map/properties/shared/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
let i16 = data77.length;
let j2;
if(i16 > 1){
const indices2 = {};
for(;i16--;){
let item2 = data77[i16];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err133 = {instancePath:instancePath+"/map/shared",schemaPath:"#/properties/map/properties/shared/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i16+" are identical)"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
break;
}
indices2[item2] = i16;
}
}
}
else {
const err134 = {instancePath:instancePath+"/map/shared",schemaPath:"#/properties/map/properties/shared/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid0 = _errs170 === errors;
if(_valid0 && valid48){
valid48 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid48 = true;
passing0 = 1;
}
}
if(!valid48){
const err135 = {instancePath:instancePath+"/map/shared",schemaPath:"#/properties/map/properties/shared/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs168;
if(vErrors !== null){
if(_errs168){
vErrors.length = _errs168;
}
else {
vErrors = null;
}
}
}
}
if(data76.full_limit !== undefined){
let data79 = data76.full_limit;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err136 = {instancePath:instancePath+"/map/full_limit",schemaPath:"#/properties/map/properties/full_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 0 || isNaN(data79)){
const err137 = {instancePath:instancePath+"/map/full_limit",schemaPath:"#/properties/map/properties/full_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
else {
const err138 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.game_day !== undefined){
let data80 = data.game_day;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key14 in data80){
if(!(((key14 === "order") || (key14 === "count")) || (key14 === "lifecycles"))){
const err139 = {instancePath:instancePath+"/game_day",schemaPath:"#/properties/game_day/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data80.order !== undefined){
let data81 = data80.order;
if(Array.isArray(data81)){
if(data81.length < 1){
const err140 = {instancePath:instancePath+"/game_day/order",schemaPath:"#/properties/game_day/properties/order/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
const len14 = data81.length;
for(let i17=0; i17<len14; i17++){
let data82 = data81[i17];
if(!(((data82 === "tier") || (data82 === "impact")) || (data82 === "exercised"))){
const err141 = {instancePath:instancePath+"/game_day/order/" + i17,schemaPath:"#/properties/game_day/properties/order/items/enum",keyword:"enum",params:{allowedValues: schema52.properties.game_day.properties.order.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
let i18 = data81.length;
let j3;
if(i18 > 1){
outer0:
for(;i18--;){
for(j3 = i18; j3--;){
if(func0(data81[i18], data81[j3])){
const err142 = {instancePath:instancePath+"/game_day/order",schemaPath:"#/properties/game_day/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i18+" are identical)"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err143 = {instancePath:instancePath+"/game_day/order",schemaPath:"#/properties/game_day/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data80.count !== undefined){
let data83 = data80.count;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err144 = {instancePath:instancePath+"/game_day/count",schemaPath:"#/properties/game_day/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 1 || isNaN(data83)){
const err145 = {instancePath:instancePath+"/game_day/count",schemaPath:"#/properties/game_day/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
if(data80.lifecycles !== undefined){
let data84 = data80.lifecycles;
if(Array.isArray(data84)){
if(data84.length < 1){
const err146 = {instancePath:instancePath+"/game_day/lifecycles",schemaPath:"#/properties/game_day/properties/lifecycles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
const len15 = data84.length;
for(let i19=0; i19<len15; i19++){
let data85 = data84[i19];
if(!(((((data85 === "proposed") || (data85 === "experimental")) || (data85 === "production")) || (data85 === "deprecated")) || (data85 === "retired"))){
const err147 = {instancePath:instancePath+"/game_day/lifecycles/" + i19,schemaPath:"#/properties/game_day/properties/lifecycles/items/enum",keyword:"enum",params:{allowedValues: schema52.properties.game_day.properties.lifecycles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
let i20 = data84.length;
let j4;
if(i20 > 1){
outer1:
for(;i20--;){
for(j4 = i20; j4--;){
if(func0(data84[i20], data84[j4])){
const err148 = {instancePath:instancePath+"/game_day/lifecycles",schemaPath:"#/properties/game_day/properties/lifecycles/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i20+" are identical)"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err149 = {instancePath:instancePath+"/game_day/lifecycles",schemaPath:"#/properties/game_day/properties/lifecycles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/game_day",schemaPath:"#/properties/game_day/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data.readiness !== undefined){
let data86 = data.readiness;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key15 in data86){
if(!(((key15 === "levels") || (key15 === "criteria")) || (key15 === "required"))){
const err151 = {instancePath:instancePath+"/readiness",schemaPath:"#/properties/readiness/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data86.levels !== undefined){
let data87 = data86.levels;
if(Array.isArray(data87)){
if(data87.length < 1){
const err152 = {instancePath:instancePath+"/readiness/levels",schemaPath:"#/properties/readiness/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
const len16 = data87.length;
for(let i21=0; i21<len16; i21++){
let data88 = data87[i21];
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.id === undefined){
const err153 = {instancePath:instancePath+"/readiness/levels/" + i21,schemaPath:"#/$defs/readinessLevel/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data88.name === undefined){
const err154 = {instancePath:instancePath+"/readiness/levels/" + i21,schemaPath:"#/$defs/readinessLevel/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key16 in data88){
if(!(((key16 === "id") || (key16 === "name")) || (key16 === "description"))){
const err155 = {instancePath:instancePath+"/readiness/levels/" + i21,schemaPath:"#/$defs/readinessLevel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data88.id !== undefined){
let data89 = data88.id;
if(typeof data89 === "string"){
if(!pattern6.test(data89)){
const err156 = {instancePath:instancePath+"/readiness/levels/" + i21+"/id",schemaPath:"#/$defs/readinessLevel/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/readiness/levels/" + i21+"/id",schemaPath:"#/$defs/readinessLevel/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data88.name !== undefined){
let data90 = data88.name;
if(typeof data90 === "string"){
if(func2(data90) < 1){
const err158 = {instancePath:instancePath+"/readiness/levels/" + i21+"/name",schemaPath:"#/$defs/readinessLevel/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/readiness/levels/" + i21+"/name",schemaPath:"#/$defs/readinessLevel/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data88.description !== undefined){
let data91 = data88.description;
if(typeof data91 === "string"){
if(func2(data91) < 1){
const err160 = {instancePath:instancePath+"/readiness/levels/" + i21+"/description",schemaPath:"#/$defs/readinessLevel/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/readiness/levels/" + i21+"/description",schemaPath:"#/$defs/readinessLevel/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/readiness/levels/" + i21,schemaPath:"#/$defs/readinessLevel/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/readiness/levels",schemaPath:"#/properties/readiness/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data86.criteria !== undefined){
let data92 = data86.criteria;
if(Array.isArray(data92)){
const len17 = data92.length;
for(let i22=0; i22<len17; i22++){
if(!(validate25(data92[i22], {instancePath:instancePath+"/readiness/criteria/" + i22,parentData:data92,parentDataProperty:i22,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate25.errors; else for (const e of validate25.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err164 = {instancePath:instancePath+"/readiness/criteria",schemaPath:"#/properties/readiness/properties/criteria/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data86.required !== undefined){
let data94 = data86.required;
if(Array.isArray(data94)){
const len18 = data94.length;
for(let i23=0; i23<len18; i23++){
if(!(validate27(data94[i23], {instancePath:instancePath+"/readiness/required/" + i23,parentData:data94,parentDataProperty:i23,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate27.errors; else for (const e of validate27.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err165 = {instancePath:instancePath+"/readiness/required",schemaPath:"#/properties/readiness/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/readiness",schemaPath:"#/properties/readiness/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const glossary = validate29;
const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://fieldguide.dev/schema/glossary.schema.json","title":"Glossary","description":"`systems/glossary.yaml` (optional): the words a new hire meets in the docs, each defined once. The site lists them at `/glossary/`, gives each its own page, and shows on a system page the terms its text uses.","type":"object","additionalProperties":false,"required":["terms"],"properties":{"terms":{"description":"The terms, in any order: the site sorts them.","type":"array","items":{"type":"object","additionalProperties":false,"required":["term","definition"],"properties":{"term":{"description":"The term as people write it (`tree closure`); unique, ignoring case. Its page's address is made from it (`/glossary/tree-closure/`).","type":"string","minLength":1,"maxLength":80,"pattern":"[A-Za-z0-9]"},"definition":{"description":"What the term means, in a sentence or a short paragraph of plain text.","type":"string","minLength":1},"aliases":{"description":"Other ways the term is written (`closed tree`, `CLOSED TREE`): found by search, and recognized in a system's text.","type":"array","items":{"type":"string","minLength":1,"maxLength":80}},"systems":{"description":"Ids of the systems the term is about; each must be a doc in the systems folder.","type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":63}}}}}}};
const pattern33 = new RegExp("[A-Za-z0-9]", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://fieldguide.dev/schema/glossary.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.terms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "terms"},message:"must have required property '"+"terms"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "terms")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.terms !== undefined){
let data0 = data.terms;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.term === undefined){
const err2 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.definition === undefined){
const err3 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "term") || (key1 === "definition")) || (key1 === "aliases")) || (key1 === "systems"))){
const err4 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.term !== undefined){
let data2 = data1.term;
if(typeof data2 === "string"){
if(func2(data2) > 80){
const err5 = {instancePath:instancePath+"/terms/" + i0+"/term",schemaPath:"#/properties/terms/items/properties/term/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/terms/" + i0+"/term",schemaPath:"#/properties/terms/items/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern33.test(data2)){
const err7 = {instancePath:instancePath+"/terms/" + i0+"/term",schemaPath:"#/properties/terms/items/properties/term/pattern",keyword:"pattern",params:{pattern: "[A-Za-z0-9]"},message:"must match pattern \""+"[A-Za-z0-9]"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/terms/" + i0+"/term",schemaPath:"#/properties/terms/items/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.definition !== undefined){
let data3 = data1.definition;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/terms/" + i0+"/definition",schemaPath:"#/properties/terms/items/properties/definition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/terms/" + i0+"/definition",schemaPath:"#/properties/terms/items/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.aliases !== undefined){
let data4 = data1.aliases;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func2(data5) > 80){
const err11 = {instancePath:instancePath+"/terms/" + i0+"/aliases/" + i1,schemaPath:"#/properties/terms/items/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/terms/" + i0+"/aliases/" + i1,schemaPath:"#/properties/terms/items/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/terms/" + i0+"/aliases/" + i1,schemaPath:"#/properties/terms/items/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/terms/" + i0+"/aliases",schemaPath:"#/properties/terms/items/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.systems !== undefined){
let data6 = data1.systems;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func2(data7) > 63){
const err15 = {instancePath:instancePath+"/terms/" + i0+"/systems/" + i2,schemaPath:"#/properties/terms/items/properties/systems/items/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern6.test(data7)){
const err16 = {instancePath:instancePath+"/terms/" + i0+"/systems/" + i2,schemaPath:"#/properties/terms/items/properties/systems/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/terms/" + i0+"/systems/" + i2,schemaPath:"#/properties/terms/items/properties/systems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/terms/" + i0+"/systems",schemaPath:"#/properties/terms/items/properties/systems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

