/**
 * A new, empty workbook package: the parts every workbook needs (content types,
 * relationships, workbook, styles, document properties) and no sheet yet; the
 * first action adds sheets, and saving makes sure at least one exists. No clock:
 * the parts carry no dates, and the zip writer stamps entries with a fixed date,
 * so the same writes give the same bytes.
 */
import {
  CONTENT_TYPES,
  NS_CONTENT_TYPES,
  NS_CORE_PROPERTIES,
  NS_DUBLIN_CORE,
  NS_EXTENDED_PROPERTIES,
  NS_R,
  NS_SML,
  REL_TYPES,
} from "../../ooxml";
import { Package, serializeRelationships } from "../package";
import { minimalStylesXml } from "./styleBook";
import { XML_DECLARATION } from "./xmlText";

const APP = "CEMR Uppföljning";

function contentTypesXml(): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    XML_DECLARATION +
    `<Types xmlns="${NS_CONTENT_TYPES}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/>` +
    `<Default Extension="xml" ContentType="${CONTENT_TYPES.xml}"/>` +
    override("xl/workbook.xml", CONTENT_TYPES.workbook) +
    override("xl/styles.xml", CONTENT_TYPES.styles) +
    override("docProps/app.xml", CONTENT_TYPES.extendedProperties) +
    override("docProps/core.xml", CONTENT_TYPES.coreProperties) +
    `</Types>`
  );
}

function workbookXml(): string {
  return (
    XML_DECLARATION +
    `<workbook xmlns="${NS_SML}" xmlns:r="${NS_R}">` +
    `<workbookPr defaultThemeVersion="124226"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
    `<sheets/><calcPr calcId="191029"/></workbook>`
  );
}

/** A new package holding an empty workbook (no sheets yet). */
export function newWorkbookPackage(): Package {
  const pkg = Package.create();
  pkg.set("[Content_Types].xml", contentTypesXml());
  pkg.set(
    "_rels/.rels",
    serializeRelationships([
      { id: "rId1", type: REL_TYPES.officeDocument, target: "xl/workbook.xml" },
      { id: "rId2", type: REL_TYPES.extendedProperties, target: "docProps/app.xml" },
      { id: "rId3", type: REL_TYPES.coreProperties, target: "docProps/core.xml" },
    ]),
  );
  pkg.set("xl/workbook.xml", workbookXml());
  pkg.set(
    "xl/_rels/workbook.xml.rels",
    serializeRelationships([{ id: "rId1", type: REL_TYPES.styles, target: "styles.xml" }]),
  );
  pkg.set("xl/styles.xml", minimalStylesXml());
  pkg.set(
    "docProps/app.xml",
    `${XML_DECLARATION}<Properties xmlns="${NS_EXTENDED_PROPERTIES}"><Application>${APP}</Application></Properties>`,
  );
  pkg.set(
    "docProps/core.xml",
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="${NS_CORE_PROPERTIES}" xmlns:dc="${NS_DUBLIN_CORE}"><dc:creator>${APP}</dc:creator></cp:coreProperties>`,
  );
  return pkg;
}
