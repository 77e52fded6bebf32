/** The follow-up's section for the annual report as a Word document (.docx). */
export { sectionDocx } from "./sectionDocx";
