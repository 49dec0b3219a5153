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
    body.setAttribute("aria-describedby", "id_body-hint id_body-count");
    body.addEventListener("input", update);
    update();
});
