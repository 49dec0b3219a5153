// Character count for the comment box. The form works without it.
document.addEventListener("DOMContentLoaded", () => {
    const body = document.getElementById("id_body");
    const count = document.getElementById("id_body-count");
    if (!body || !count) return;
    const max = Number(count.dataset.max);
    const update = () => {
        const left = max - body.value.length;
        count.textContent = `${left} character${left === 1 ? "" : "s"} left`;
    };
    const described = (body.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (!described.includes(count.id)) described.push(count.id);
    body.setAttribute("aria-describedby", described.join(" "));
    body.addEventListener("input", update);
    update();
});
