// Runs the basic calls of the official GHL SDK (`@gohighlevel/api-client`) and Notion SDK
// (`@notionhq/client`) against the sandbox and prints one JSON line:
// `{"ghl": {...versions}, "calls": [{"api", "name", "ok", "error"?}]}`.
//
// Usage: node check.mjs <tools dir with node_modules>
// Environment: GHL_BASE_URL, GHL_TOKEN, GHL_LOCATION_ID, NOTION_BASE_URL, NOTION_TOKEN,
// NOTION_PARENT_PAGE_ID.
//
// Each client gets a base URL and a token, nothing else. The GHL SDK has no base-URL option
// (its `BASE_URL` is a private constant), so the base URL goes on the axios instance the SDK
// exposes through its public `getHttpClient()`; every service sends through that instance.

import { createRequire } from "node:module";
import path from "node:path";

const toolsDir = process.argv[2];
if (!toolsDir) {
  console.error("usage: node check.mjs <tools dir>");
  process.exit(2);
}
const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`missing ${name}`);
    process.exit(2);
  }
  return value;
};
const require = createRequire(path.join(toolsDir, "package.json"));
const { HighLevel } = require("@gohighlevel/api-client");
const { Client } = require("@notionhq/client");

const calls = [];

/** Runs one call, records it, and returns its result (or undefined when it failed). */
async function call(api, name, fn) {
  try {
    const result = await fn();
    calls.push({ api, name, ok: true });
    return result;
  } catch (e) {
    const status = e?.statusCode ?? e?.status ?? e?.response?.status;
    const body = e?.response?.data ?? e?.body;
    const detail = body === undefined ? "" : ` ${typeof body === "string" ? body : JSON.stringify(body)}`;
    calls.push({
      api,
      name,
      ok: false,
      error: `${status ?? ""} ${e?.message ?? String(e)}${detail}`.trim().slice(0, 600),
    });
    return undefined;
  }
}

/** Fails the call when a condition on its answer does not hold. */
function expect(condition, what) {
  if (!condition) throw new Error(`unexpected answer: ${what}`);
}

// ---- GoHighLevel ----------------------------------------------------------------------

async function ghlCalls() {
  const locationId = env("GHL_LOCATION_ID");
  const ghl = new HighLevel({ privateIntegrationToken: env("GHL_TOKEN"), logLevel: "error" });
  ghl.getHttpClient().defaults.baseURL = env("GHL_BASE_URL");

  await call("ghl", "locations.getLocation", async () => {
    const r = await ghl.locations.getLocation({ locationId });
    expect(r?.location?.id === locationId, "location.id");
  });
  await call("ghl", "locations.getCustomFields", async () => {
    const r = await ghl.locations.getCustomFields({ locationId, model: "all" });
    expect(Array.isArray(r?.customFields), "customFields[]");
  });
  const contacts = await call("ghl", "contacts.searchContactsAdvanced", async () => {
    const r = await ghl.contacts.searchContactsAdvanced({ locationId, pageLimit: 5 });
    expect(Array.isArray(r?.contacts) && r.contacts.length > 0, "contacts[]");
    return r.contacts;
  });
  await call("ghl", "contacts.getContacts", async () => {
    const r = await ghl.contacts.getContacts({ locationId, limit: 5 });
    expect(Array.isArray(r?.contacts), "contacts[]");
  });
  const firstId = contacts?.[0]?.id;
  await call("ghl", "contacts.getContact", async () => {
    const r = await ghl.contacts.getContact({ contactId: firstId });
    expect(r?.contact?.id === firstId, "contact.id");
  });
  const created = await call("ghl", "contacts.createContact", async () => {
    const r = await ghl.contacts.createContact({
      locationId,
      firstName: "Official",
      lastName: "Client",
      email: "official.client@example.com",
      tags: ["sdk"],
    });
    expect(typeof r?.contact?.id === "string", "contact.id");
    return r.contact;
  });
  await call("ghl", "contacts.updateContact", async () => {
    const r = await ghl.contacts.updateContact({ contactId: created?.id }, { lastName: "Checked" });
    expect(r?.contact?.lastName === "Checked", "contact.lastName");
  });
  await call("ghl", "contacts.upsertContact", async () => {
    const r = await ghl.contacts.upsertContact({
      locationId,
      email: "official.client@example.com",
      companyName: "Sandbox Ltd",
    });
    expect(r?.contact?.id === created?.id, "the same contact");
  });
  await call("ghl", "contacts.getAllNotes", async () => {
    const r = await ghl.contacts.getAllNotes({ contactId: firstId });
    expect(Array.isArray(r?.notes), "notes[]");
  });
  await call("ghl", "contacts.getAllTasks", async () => {
    const r = await ghl.contacts.getAllTasks({ contactId: firstId });
    expect(Array.isArray(r?.tasks), "tasks[]");
  });
  const appointment = await call("ghl", "contacts.getAppointmentsForContact", async () => {
    for (const contact of contacts ?? []) {
      const r = await ghl.contacts.getAppointmentsForContact({ contactId: contact.id });
      expect(Array.isArray(r?.events), "events[]");
      if (r.events.length > 0) return r.events[0];
    }
    throw new Error("no seeded contact has an appointment");
  });
  await call("ghl", "calendars.getCalendarEvents", async () => {
    const at = Date.parse(appointment?.startTime);
    const r = await ghl.calendars.getCalendarEvents({
      locationId,
      calendarId: appointment?.calendarId,
      startTime: String(at - 86_400_000),
      endTime: String(at + 86_400_000),
    });
    expect(r?.events?.some((e) => e.id === appointment?.id), "the appointment");
  });
  await call("ghl", "calendars.getAppointment", async () => {
    const r = await ghl.calendars.getAppointment({ eventId: appointment?.id });
    const event = r?.event ?? r?.appointment;
    expect(event?.id === appointment?.id, "the appointment");
  });
  await call("ghl", "opportunities.getPipelines", async () => {
    const r = await ghl.opportunities.getPipelines({ locationId });
    expect(Array.isArray(r?.pipelines) && r.pipelines.length > 0, "pipelines[]");
  });
  const opportunities = await call("ghl", "opportunities.searchOpportunity", async () => {
    // The SDK takes camelCase names and sends the API's (`location_id`).
    const r = await ghl.opportunities.searchOpportunity({ locationId, limit: 5 });
    expect(Array.isArray(r?.opportunities) && r.opportunities.length > 0, "opportunities[]");
    return r.opportunities;
  });
  await call("ghl", "opportunities.getOpportunity", async () => {
    const id = opportunities?.[0]?.id;
    const r = await ghl.opportunities.getOpportunity({ id });
    expect(r?.opportunity?.id === id, "opportunity.id");
  });
  const users = await call("ghl", "users.getUserByLocation", async () => {
    const r = await ghl.users.getUserByLocation({ locationId });
    expect(Array.isArray(r?.users) && r.users.length > 0, "users[]");
    return r.users;
  });
  await call("ghl", "users.getUser", async () => {
    const id = users?.[0]?.id;
    const r = await ghl.users.getUser({ userId: id });
    expect(r?.id === id, "user.id");
  });
}

// ---- Notion ---------------------------------------------------------------------------

async function notionCalls() {
  const parentPageId = env("NOTION_PARENT_PAGE_ID");
  const notion = new Client({
    auth: env("NOTION_TOKEN"),
    baseUrl: env("NOTION_BASE_URL"),
    logLevel: "error",
  });
  const title = (content) => [{ type: "text", text: { content } }];

  const me = await call("notion", "users.me", async () => {
    const r = await notion.users.me({});
    expect(r?.object === "user" && r?.type === "bot", "a bot user");
    return r;
  });
  await call("notion", "users.list", async () => {
    const r = await notion.users.list({});
    expect(r?.object === "list" && Array.isArray(r?.results), "a list");
  });
  await call("notion", "users.retrieve", async () => {
    const r = await notion.users.retrieve({ user_id: me?.id });
    expect(r?.id === me?.id, "the same user");
  });
  const database = await call("notion", "databases.create", async () => {
    const r = await notion.databases.create({
      parent: { type: "page_id", page_id: parentPageId },
      title: title("Official clients"),
      initial_data_source: {
        properties: {
          Name: { title: {} },
          Score: { number: {} },
        },
      },
    });
    expect(r?.object === "database" && r?.data_sources?.length === 1, "a database with a data source");
    return r;
  });
  await call("notion", "databases.retrieve", async () => {
    const r = await notion.databases.retrieve({ database_id: database?.id });
    expect(r?.id === database?.id, "the same database");
  });
  await call("notion", "databases.update", async () => {
    const r = await notion.databases.update({
      database_id: database?.id,
      title: title("Official clients (checked)"),
    });
    expect(r?.title?.[0]?.plain_text === "Official clients (checked)", "the new title");
  });
  const dataSourceId = database?.data_sources?.[0]?.id;
  await call("notion", "dataSources.retrieve", async () => {
    const r = await notion.dataSources.retrieve({ data_source_id: dataSourceId });
    expect(r?.object === "data_source" && r?.properties?.Score?.type === "number", "Score");
  });
  await call("notion", "dataSources.update", async () => {
    const r = await notion.dataSources.update({
      data_source_id: dataSourceId,
      properties: { Stage: { select: { options: [{ name: "Won" }, { name: "Lost" }] } } },
    });
    expect(r?.properties?.Stage?.type === "select", "Stage");
  });
  await call("notion", "dataSources.create", async () => {
    const r = await notion.dataSources.create({
      parent: { type: "database_id", database_id: database?.id },
      title: title("Second source"),
      properties: { Name: { title: {} } },
    });
    expect(r?.object === "data_source", "a data source");
  });
  const row = await call("notion", "pages.create (row)", async () => {
    const r = await notion.pages.create({
      parent: { type: "data_source_id", data_source_id: dataSourceId },
      properties: {
        Name: { title: title("Ada") },
        Score: { number: 3 },
        Stage: { select: { name: "Won" } },
      },
    });
    expect(r?.object === "page", "a page");
    return r;
  });
  await call("notion", "pages.retrieve", async () => {
    const r = await notion.pages.retrieve({ page_id: row?.id });
    expect(r?.properties?.Score?.number === 3, "Score 3");
  });
  await call("notion", "pages.update", async () => {
    const r = await notion.pages.update({ page_id: row?.id, properties: { Score: { number: 4 } } });
    expect(r?.properties?.Score?.number === 4, "Score 4");
  });
  await call("notion", "dataSources.query (filter)", async () => {
    const r = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: "Score", number: { equals: 4 } },
    });
    expect(r?.results?.length === 1 && r.results[0].id === row?.id, "the row");
  });
  await call("notion", "dataSources.query (sort, page size)", async () => {
    const r = await notion.dataSources.query({
      data_source_id: dataSourceId,
      sorts: [{ property: "Name", direction: "ascending" }],
      page_size: 10,
    });
    expect(r?.object === "list" && r?.results?.length === 1, "one row");
  });
  const page = await call("notion", "pages.create (child page)", async () => {
    const r = await notion.pages.create({
      parent: { type: "page_id", page_id: parentPageId },
      properties: { title: { title: title("Notes from the official client") } },
      children: [{ object: "block", type: "paragraph", paragraph: { rich_text: title("First.") } }],
    });
    expect(r?.object === "page", "a page");
    return r;
  });
  await call("notion", "blocks.children.append", async () => {
    const r = await notion.blocks.children.append({
      block_id: page?.id,
      children: [
        { object: "block", type: "heading_2", heading_2: { rich_text: title("Heading") } },
        {
          object: "block",
          type: "bulleted_list_item",
          bulleted_list_item: { rich_text: title("An item") },
        },
      ],
    });
    expect(r?.object === "list" && r?.results?.length === 2, "two blocks");
  });
  await call("notion", "blocks.children.list", async () => {
    const r = await notion.blocks.children.list({ block_id: page?.id, page_size: 50 });
    const types = (r?.results ?? []).map((b) => b.type).join(",");
    expect(types === "paragraph,heading_2,bulleted_list_item", `block types ${types}`);
  });
  await call("notion", "search", async () => {
    const r = await notion.search({ query: "Official", filter: { property: "object", value: "data_source" } });
    expect(r?.object === "list" && r.results.some((x) => x.id === dataSourceId), "the data source");
  });
  await call("notion", "pages.update (trash)", async () => {
    const r = await notion.pages.update({ page_id: row?.id, in_trash: true });
    expect(r?.in_trash === true, "in_trash");
  });
}

await ghlCalls();
await notionCalls();
console.log(JSON.stringify({ calls }));
