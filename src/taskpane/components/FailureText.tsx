/** A failure's text as a sentence in the user's language (loaded with ErrorBar's first failure). */
import type { Failure } from "../../core/failures";
import { asSentence, failureText } from "../../core/failures";
import type { Lang } from "../../core/language";

export default function FailureText({ lang, failure }: { readonly lang: Lang; readonly failure: Failure }) {
  return <>{asSentence(failureText(failure, lang))}</>;
}
