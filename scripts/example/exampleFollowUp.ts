/**
 * How each activity was reported, period by period (outcome and forecast in SEK,
 * outcome cumulative). The story: most activities are done by Helår 2020; two are
 * delayed by the pandemic (A7.2 past its end date), one is cancelled (A3.3), the
 * lighting at stops (A4.3) runs over budget, and two reports were never sent in
 * (A3.2 at Delår 2019 and A2.2 at Delår 2020), so the check has something to find.
 */
import type { ExampleFollowUp } from "./exampleTypes";

export const FOLLOW_UP: readonly ExampleFollowUp[] = [
  {
    activityId: "A1.1",
    reports: [
      [
        "D2018",
        "inProgress",
        null,
        null,
        {
          sv: "Förslaget är på remiss hos partierna",
          en: "The proposal is out for consultation with the parties",
        },
      ],
      [
        "H2018",
        "done",
        null,
        null,
        {
          sv: "Antaget av regionfullmäktige i oktober 2018",
          en: "Adopted by the Regional Council in October 2018",
        },
      ],
    ],
  },
  {
    activityId: "A1.2",
    reports: [
      [
        "H2018",
        "notStarted",
        null,
        null,
        { sv: "Planeras till januari 2019", en: "Planned for January 2019" },
      ],
      [
        "D2019",
        "done",
        112000,
        112000,
        { sv: "Fyra utbildningstillfällen med 61 deltagare", en: "Four sessions with 61 participants" },
      ],
    ],
  },
  {
    activityId: "A1.3",
    reports: [
      ["D2018", "inProgress", null, null],
      [
        "H2018",
        "inProgress",
        null,
        null,
        { sv: "Sammanställningen för 2018 är redovisad", en: "The 2018 overview has been presented" },
      ],
      ["D2019", "inProgress", null, null],
      ["H2019", "inProgress", null, null],
      ["D2020", "inProgress", null, null],
      [
        "H2020",
        "done",
        null,
        null,
        { sv: "Redovisad varje år i årsredovisningen", en: "Presented every year in the annual report" },
      ],
    ],
  },
  {
    activityId: "A2.1",
    reports: [
      ["D2018", "inProgress", 10000, 80000],
      ["H2018", "inProgress", 35000, 80000],
      [
        "D2019",
        "delayed",
        52000,
        80000,
        {
          sv: "Utrustningen för digitalt deltagande fick upphandlas på nytt",
          en: "The equipment for remote participation had to be procured again",
        },
      ],
      [
        "H2019",
        "done",
        78000,
        78000,
        {
          sv: "Digitalt deltagande infört i alla nämnder",
          en: "Remote participation introduced in all committees",
        },
      ],
    ],
  },
  {
    activityId: "A2.2",
    reports: [
      [
        "H2018",
        "inProgress",
        18000,
        60000,
        {
          sv: "Enkäten 2018 genomförd, svarsfrekvens 74 %",
          en: "The 2018 survey is done, response rate 74 %",
        },
      ],
      ["D2019", "inProgress", 18000, 60000],
      ["H2019", "inProgress", 38000, 60000],
      // No report at Delår 2020: a missing follow-up the check finds.
      ["H2020", "done", 57000, 57000, { sv: "Tre enkäter genomförda", en: "Three surveys carried out" }],
    ],
  },
  {
    activityId: "A3.1",
    reports: [
      [
        "D2018",
        "inProgress",
        null,
        null,
        { sv: "Nya ansökningsblanketter från hösten", en: "New application forms from the autumn" },
      ],
      ["H2018", "done", null, null],
    ],
  },
  {
    activityId: "A3.2",
    reports: [
      // No report at Delår 2019: a missing follow-up the check finds.
      [
        "H2019",
        "inProgress",
        150000,
        400000,
        { sv: "Sex föreningar har fått bidrag", en: "Six associations have received grants" },
      ],
      [
        "D2020",
        "delayed",
        190000,
        400000,
        {
          sv: "Flera föreningar har pausat sin verksamhet under pandemin",
          en: "Several associations have paused their activities during the pandemic",
        },
      ],
      [
        "H2020",
        "delayed",
        240000,
        380000,
        {
          sv: "Kulturnämnden föreslås förlänga satsningen till juni 2021",
          en: "The Culture Committee is asked to extend the scheme to June 2021",
        },
      ],
    ],
  },
  {
    activityId: "A3.3",
    reports: [
      ["H2018", "inProgress", 15000, 90000],
      ["D2019", "inProgress", 30000, 90000],
      ["H2019", "inProgress", 45000, 90000],
      [
        "D2020",
        "cancelled",
        45000,
        45000,
        {
          sv: "Mötena ställdes in på grund av pandemin; digital handledning planeras i nästa plan",
          en: "The meetings were cancelled because of the pandemic; online guidance is planned for the next plan",
        },
      ],
    ],
  },
  {
    activityId: "A4.1",
    reports: [
      ["D2018", "inProgress", 40000, 150000],
      ["H2018", "inProgress", 85000, 150000],
      ["D2019", "inProgress", 120000, 150000],
      [
        "H2019",
        "done",
        146000,
        146000,
        {
          sv: "Tolv trygghetsvandringar med 140 deltagare, 60 % kvinnor",
          en: "Twelve safety walks with 140 participants, 60 % women",
        },
      ],
    ],
  },
  {
    activityId: "A4.2",
    reports: [
      ["D2018", "inProgress", null, null],
      ["H2018", "inProgress", null, null],
      ["D2019", "inProgress", null, null],
      [
        "H2019",
        "done",
        null,
        null,
        {
          sv: "Kravet ingår i trafikavtalet som gäller från 2020",
          en: "The requirement is part of the transport contract in force from 2020",
        },
      ],
    ],
  },
  {
    activityId: "A4.3",
    reports: [
      ["D2019", "inProgress", 120000, 600000],
      [
        "H2019",
        "inProgress",
        310000,
        640000,
        {
          sv: "Elanslutningarna blev dyrare än beräknat",
          en: "The power connections cost more than estimated",
        },
      ],
      [
        "D2020",
        "delayed",
        590000,
        720000,
        { sv: "Leveransen av armaturer är försenad", en: "The delivery of light fittings is delayed" },
      ],
      [
        "H2020",
        "done",
        716000,
        716000,
        {
          sv: "Klart i oktober 2020; överskridandet täcks inom trafiknämndens ram",
          en: "Finished in October 2020; the overrun is covered within the committee's budget",
        },
      ],
    ],
  },
  {
    activityId: "A5.1",
    reports: [
      [
        "D2018",
        "inProgress",
        55000,
        180000,
        { sv: "Kartläggningen för 2018 klar i maj", en: "The 2018 survey was finished in May" },
      ],
      ["H2018", "inProgress", 60000, 180000],
      ["D2019", "inProgress", 115000, 180000],
      ["H2019", "inProgress", 120000, 180000],
      ["D2020", "inProgress", 172000, 180000],
      ["H2020", "done", 178000, 178000],
    ],
  },
  {
    activityId: "A5.2",
    reports: [
      ["D2019", "inProgress", null, null],
      ["H2019", "inProgress", null, null],
      [
        "D2020",
        "done",
        null,
        null,
        {
          sv: "Satsningen genomförd i löneöversynen 2020",
          en: "The increase was made in the 2020 pay review",
        },
      ],
    ],
  },
  {
    activityId: "A6.1",
    reports: [
      ["H2018", "inProgress", 20000, 350000],
      ["D2019", "inProgress", 80000, 350000],
      ["H2019", "inProgress", 150000, 350000],
      [
        "D2020",
        "inProgress",
        190000,
        350000,
        { sv: "Insatserna anpassades under pandemin", en: "The measures were adapted during the pandemic" },
      ],
      [
        "H2020",
        "inProgress",
        260000,
        350000,
        { sv: "Fortsätter i nästa handlingsplan", en: "Continues in the next action plan" },
      ],
    ],
  },
  {
    activityId: "A6.2",
    reports: [
      [
        "D2018",
        "done",
        null,
        null,
        {
          sv: "Analysen redovisad för regionstyrelsen i juni",
          en: "The analysis was presented to the Executive Board in June",
        },
      ],
    ],
  },
  {
    activityId: "A7.1",
    reports: [
      ["D2018", "inProgress", 60000, 250000],
      ["H2018", "inProgress", 130000, 250000],
      ["D2019", "inProgress", 190000, 250000],
      ["H2019", "done", 244000, 244000],
    ],
  },
  {
    activityId: "A7.2",
    reports: [
      ["D2019", "inProgress", 90000, 300000],
      ["H2019", "inProgress", 160000, 300000],
      [
        "D2020",
        "delayed",
        200000,
        300000,
        { sv: "Införandet pausades under pandemin", en: "The roll-out was paused during the pandemic" },
      ],
      [
        "H2020",
        "delayed",
        235000,
        300000,
        { sv: "Slutförs under våren 2021", en: "To be finished in spring 2021" },
      ],
    ],
  },
  {
    activityId: "A8.1",
    reports: [
      ["D2018", "inProgress", null, null],
      [
        "H2018",
        "done",
        null,
        null,
        {
          sv: "Väntetider redovisas nu per kön i alla specialiteter",
          en: "Waiting times are now reported by sex in all specialties",
        },
      ],
    ],
  },
  {
    activityId: "A8.2",
    reports: [
      ["H2018", "inProgress", 30000, 200000],
      [
        "D2019",
        "delayed",
        95000,
        200000,
        {
          sv: "Datauttaget ur journalsystemet blev försenat",
          en: "The data extract from the records system was delayed",
        },
      ],
      ["H2019", "done", 192000, 192000],
    ],
  },
  {
    activityId: "A9.1",
    reports: [
      ["H2018", "notStarted", null, null],
      ["D2019", "inProgress", 70000, 150000],
      ["H2019", "done", 138000, 138000, { sv: "420 medarbetare utbildade", en: "420 staff trained" }],
    ],
  },
  {
    activityId: "A9.2",
    reports: [
      ["H2019", "inProgress", 20000, 100000],
      ["D2020", "inProgress", 65000, 100000],
      ["H2020", "done", 98000, 98000],
    ],
  },
  {
    activityId: "A10.1",
    reports: [
      [
        "D2018",
        "inProgress",
        90000,
        250000,
        { sv: "Utbildningen lanserad i maj", en: "The course was launched in May" },
      ],
      ["H2018", "inProgress", 140000, 250000],
      ["D2019", "inProgress", 170000, 250000],
      ["H2019", "inProgress", 195000, 250000],
      ["D2020", "inProgress", 220000, 250000],
      [
        "H2020",
        "done",
        247000,
        247000,
        { sv: "71 % av personalen har gått utbildningen", en: "71 % of staff have completed the course" },
      ],
    ],
  },
  {
    activityId: "A10.2",
    reports: [
      ["D2018", "inProgress", 10000, 120000],
      ["H2018", "inProgress", 45000, 120000],
      ["D2019", "inProgress", 80000, 120000],
      [
        "H2019",
        "done",
        116000,
        116000,
        {
          sv: "Rutinen gäller i hela regionen från december 2019",
          en: "The routine applies across the region from December 2019",
        },
      ],
    ],
  },
  {
    activityId: "A10.3",
    reports: [
      ["H2018", "notStarted", null, null],
      ["D2019", "inProgress", 15000, 80000],
      ["H2019", "inProgress", 30000, 80000],
      ["D2020", "inProgress", 45000, 80000],
      [
        "H2020",
        "done",
        72000,
        72000,
        {
          sv: "Gemensam rutin med länets kommuner antagen",
          en: "A joint routine with the county's municipalities adopted",
        },
      ],
    ],
  },
];
