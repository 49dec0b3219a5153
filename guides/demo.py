"""Demo medicine guides. The facts follow the sample guide; the sentences are the portal's own."""

from guides.models import DrugGuidePage, GuideIndexPage
from portal.demo import ensure_child

BACLOFEN_BODY = """
<h2>What baclofen is used for</h2>
<p>Baclofen relaxes muscles that are tight or go into spasm. Doctors prescribe it for spasticity
caused by multiple sclerosis, an injury to the spinal cord or a stroke. Less stiffness can make it
easier to move, to look after yourself and to sleep.</p>
<h2>How to take it</h2>
<p>Baclofen is usually swallowed as tablets or an oral liquid. A common starting dose is 5 mg three
times a day. Your prescriber then raises it in small steps, a few days apart, until it helps. Most
people end up on between 15 mg and 80 mg a day, split into several doses.</p>
<p>For severe spasticity, a specialist team may fit a pump that delivers baclofen straight into the
fluid around the spinal cord (intrathecal baclofen).</p>
<p>Take the dose you were prescribed. Do not raise or lower it on your own.</p>
<h2>Side effects</h2>
<p>Sleepiness, dizziness, feeling weak and feeling sick are the most common. They often settle
within a few days.</p>
<p><strong>Contact a doctor straight away</strong> if you become confused, feel faint or pass out, or
feel light-headed from low blood pressure. <strong>Call the emergency number</strong> if you find it
hard to breathe.</p>
<h2>Interactions</h2>
<p>Alcohol, opioid painkillers and benzodiazepines all add to baclofen's calming effect on the
brain. Together they can make you very drowsy and slow your breathing. If you take other medicines
that act on the nervous system, your prescriber may lower doses and see you more often.</p>
<h2>Who must be careful</h2>
<p>Baclofen leaves the body through the kidneys, so people with kidney problems often need a
smaller dose. Tell your prescriber if you are pregnant, breastfeeding, or have had mental health
problems.</p>
<h2>Stopping baclofen</h2>
<p><strong>Never stop baclofen suddenly.</strong> Stopping at once can cause hallucinations, a high
temperature, confusion and fits. When it is time to stop, your prescriber will lower the dose
gradually.</p>
<h2>Off-label uses</h2>
<p>Some doctors prescribe baclofen for alcohol dependence or for hiccups that will not stop. The
research on these uses is mixed. Ask what benefit to expect and what the risks are before trying
it.</p>
<h2>Practical tips</h2>
<ul>
<li>Take it with food if it upsets your stomach.</li>
<li>Do not drive or use machinery until you know how it affects you.</li>
<li>If you miss a dose, leave it out and take the next one at the usual time. Never take two doses
together.</li>
<li>Keep an up-to-date list of all your medicines and show it to everyone who treats you.</li>
</ul>
<h2>Buying baclofen online</h2>
<p>Only buy from a registered pharmacy, with a prescription. A website that sells baclofen without
asking for a prescription is not safe to use: the tablets may be fake or of poor quality.</p>
<h2>Storage</h2>
<p>Keep baclofen at room temperature, away from heat and damp, and where children cannot see or
reach it.</p>
<h2>When to contact a doctor or pharmacist</h2>
<p>Call your doctor promptly if your mood changes, you become more confused or you suddenly feel
weak. Your pharmacist can also answer questions about doses, storage and side effects.</p>
"""


def build(home):
    index, _ = ensure_child(
        home,
        GuideIndexPage,
        "medicines",
        title="Medicines A–Z",
        intro="Every medicine guide on the site, by name. Brand names are listed with each one.",
    )
    baclofen, _ = ensure_child(
        index,
        DrugGuidePage,
        "baclofen",
        title="Baclofen",
        generic_name="baclofen",
        brand_names="Lioresal, Lyflex",
        summary=(
            "Baclofen is a muscle relaxant. It eases stiffness and painful spasms caused by "
            "conditions such as multiple sclerosis, spinal cord injury and stroke."
        ),
        body=BACLOFEN_BODY.strip(),
        search_description="How to take baclofen, its side effects, and why you must never stop it suddenly.",
    )
    return {"index": index, "baclofen": baclofen}
