import { Component } from '@angular/core';

@Component({
  selector: 'epm-web-site',
  imports: [],
  templateUrl: './web-site.html',
  styleUrl: './web-site.css',
})
export class WebSite {}
