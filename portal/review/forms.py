from django import forms


class ApproveForm(forms.Form):
    comment = forms.CharField(
        label="Comment for the author", widget=forms.Textarea({"rows": 3}), required=False
    )
    sources_checked = forms.CharField(
        label="Sources checked",
        required=False,
        widget=forms.Textarea({"rows": 2}),
        help_text="e.g. the product information leaflet, a national formulary entry.",
    )
    product_information_date = forms.DateField(
        label="Date of the product information checked",
        required=False,
        widget=forms.DateInput({"type": "date"}),
    )


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label="What needs to change",
        widget=forms.Textarea({"rows": 4}),
        help_text="Required: the author sees this when the page comes back to them.",
    )
